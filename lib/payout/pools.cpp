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

auto pool_field(const Pool& pool, const char* field) {
    return [&pool, field] { return std::string("the ") + field + " of pool '" + pool.name + "'"; };
}

// A folded pool's amounts, general share included: the general pool's own
// share of its income then cancels its general-share move.
void add_into(Pool& to, const Pool& from) {
    to.income = add(to.income, from.income, pool_field(to, "income"));
    to.expenses = add(to.expenses, from.expenses, pool_field(to, "expenses"));
    to.commissions = add(to.commissions, from.commissions, pool_field(to, "commissions"));
    to.general_share = add(to.general_share, from.general_share, pool_field(to, "general share"));
}

} // namespace

Money apply_rate(Money amount, std::int64_t rate) {
    // |amount| < 2^63 and rate <= 10^6: the product fits in 128 bits.
    return Money{static_cast<std::int64_t>(
        div_round_half_even(int128{amount.minor} * rate, pow10(rate_places)))};
}

Money commission_of(Money income, std::int64_t connector_share) {
    return apply_rate(income, connector_share);
}

Money reserve_of(Money balance, std::int64_t reserve_rate) {
    return apply_rate(balance, reserve_rate);
}

Money upstream_of(Money net_income, std::int64_t upstream_rate) {
    return apply_rate(net_income, upstream_rate);
}

Money balance_before_sharing(const Pool& pool) {
    const auto what = pool_field(pool, "balance");
    Money b = sub(pool.income, pool.commissions, what);
    b = add(b, pool.general_share, what);
    b = sub(b, pool.expenses, what);
    return sub(b, pool.deficit_in, what);
}

Pools build_pools(const Ledger& ledger, const Period& period, const Distribution& distribution,
                  std::span<const std::string_view> worked_projects, Money deficit_in) {
    Pool general;
    general.name = general_pool_name;
    general.general = true;
    general.deficit_in = deficit_in;
    std::map<std::string_view, Pool> projects;
    Pools out;
    Money net; // the period's income net of commissions, for a circle's upstream

    for (const RevenueEntry& e : ledger.revenue) {
        if (!period.contains(e.date)) continue;
        Pool& pool = e.project.empty() ? general : projects[e.project];
        if (!e.project.empty()) pool.name = std::string(e.project);
        if (e.type == RevenueType::expense) {
            pool.expenses = add(pool.expenses, e.amount, pool_field(pool, "expenses"));
            continue;
        }
        pool.income = add(pool.income, e.amount, pool_field(pool, "income"));
        Money rest = e.amount;
        net = add(net, e.amount, [] { return std::string("the net income"); });
        if (!e.connector.empty()) {
            const Money c = commission_of(e.amount, distribution.connector_share);
            pool.commissions = add(pool.commissions, c, pool_field(pool, "commissions"));
            out.commissions.push_back(Commission{&e, e.connector, c});
            rest = Money{rest.minor - c.minor}; // 0 <= c <= amount
            net = Money{net.minor - c.minor};
        }
        if (e.project.empty()) continue;
        const Money moved = apply_rate(rest, distribution.general_share); // <= rest
        pool.general_share = Money{pool.general_share.minor - moved.minor};
        general.general_share =
            add(general.general_share, moved, pool_field(general, "general share"));
    }

    // A circle sends its upstream to the global network: an expense of the
    // general pool, counted before any pool is folded into it.
    if (distribution.upstream > 0) {
        out.upstream = upstream_of(net, distribution.upstream); // <= net
        general.upstream = out.upstream;
        general.expenses = add(general.expenses, out.upstream, pool_field(general, "expenses"));
    }

    // A project without work in the period goes into the general pool.
    for (auto& [name, pool] : projects) {
        if (std::binary_search(worked_projects.begin(), worked_projects.end(), name)) continue;
        pool.folded = true;
        pool.balance = balance_before_sharing(pool);
        add_into(general, pool);
    }

    general.balance = balance_before_sharing(general);
    out.pools.push_back(std::move(general));
    for (auto& [name, pool] : projects) {
        if (!pool.folded) pool.balance = balance_before_sharing(pool);
        out.pools.push_back(std::move(pool));
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
