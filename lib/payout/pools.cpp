#include "payout/pools.hpp"

#include <algorithm>
#include <map>
#include <string>
#include <tuple>

#include "payout/exact.hpp"
#include "util/fixed_point.hpp"

namespace coop {

using namespace payout_detail;

namespace {

Money apply_rate(Money amount, std::int64_t rate) {
    // |amount| < 2^63 and rate <= 10^6: the product fits in 128 bits.
    return Money{static_cast<std::int64_t>(
        div_round_half_even(int128{amount.minor} * rate, pow10(rate_places)))};
}

auto pool_field(const Pool& pool, const char* field) {
    return [&pool, field] {
        return std::string("the ") + field + " of pool '" + std::string(pool.name) + "'";
    };
}

void add_into(Pool& to, const Pool& from) {
    to.income = add(to.income, from.income, pool_field(to, "income"));
    to.expenses = add(to.expenses, from.expenses, pool_field(to, "expenses"));
    to.commissions = add(to.commissions, from.commissions, pool_field(to, "commissions"));
}

Money balance_of(const Pool& pool) {
    const auto what = pool_field(pool, "balance");
    return sub(sub(pool.income, pool.commissions, what), pool.expenses, what);
}

void settle(Pool& pool, std::int64_t reserve_rate) {
    pool.balance = balance_of(pool);
    if (pool.balance.minor > 0) {
        pool.reserve = reserve_of(pool.balance, reserve_rate);
        pool.distributable = Money{pool.balance.minor - pool.reserve.minor};
    } else {
        pool.deficit = Money{-pool.balance.minor};
    }
}

} // namespace

Money commission_of(Money income, std::int64_t connector_share) {
    return apply_rate(income, connector_share);
}

Money reserve_of(Money balance, std::int64_t reserve_rate) {
    return apply_rate(balance, reserve_rate);
}

Pools build_pools(const Ledger& ledger, const Period& period,
                  std::span<const std::string_view> worked_projects) {
    Pool general;
    general.name = general_pool_name;
    general.general = true;
    std::map<std::string_view, Pool> projects;
    Pools out;

    // Rule 4: income less commissions, and expenses, into the entry's pool.
    for (const RevenueEntry& e : ledger.revenue) {
        if (!period.contains(e.date)) continue;
        Pool& pool = e.project.empty() ? general : projects[e.project];
        pool.name = e.project.empty() ? general_pool_name : e.project;
        if (e.type == RevenueType::expense) {
            pool.expenses = add(pool.expenses, e.amount, pool_field(pool, "expenses"));
            continue;
        }
        pool.income = add(pool.income, e.amount, pool_field(pool, "income"));
        if (!e.connector.empty()) {
            const Money c = commission_of(e.amount, ledger.policy.connector_share);
            pool.commissions = add(pool.commissions, c, pool_field(pool, "commissions"));
            out.commissions.push_back(Commission{&e, e.connector, c});
        }
    }

    // Rule 5: a project without work in the period goes into the general pool.
    for (auto& [name, pool] : projects) {
        if (std::binary_search(worked_projects.begin(), worked_projects.end(), name)) continue;
        pool.folded = true;
        pool.balance = balance_of(pool);
        add_into(general, pool);
    }

    // Rule 5: the reserve of each positive pool, or its deficit.
    settle(general, ledger.policy.reserve);
    out.pools.push_back(general);
    for (auto& [name, pool] : projects) {
        if (!pool.folded) settle(pool, ledger.policy.reserve);
        out.pools.push_back(pool);
    }
    // In a fixed order, whatever the order the files were read in.
    std::sort(out.commissions.begin(), out.commissions.end(),
              [](const Commission& a, const Commission& b) {
                  return std::tuple(a.entry->id, a.entry->date, a.connector, a.amount) <
                         std::tuple(b.entry->id, b.entry->date, b.connector, b.amount);
              });
    return out;
}

} // namespace coop
