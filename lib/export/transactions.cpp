#include "export/transactions.hpp"

#include <algorithm>
#include <cctype>
#include <map>

#include "payout/pools.hpp"
#include "statement/chain.hpp"

namespace coop {

namespace {

std::string capitalised(std::string_view text) {
    std::string out;
    for (const char c : text) {
        const auto u = static_cast<unsigned char>(c);
        out += (std::isalnum(u) != 0 || c == '-') ? c : '-';
    }
    if (out.empty() || std::isalpha(static_cast<unsigned char>(out[0])) == 0) out.insert(0, "X");
    out[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(out[0])));
    return out;
}

Transaction revenue_transaction(const RevenueEntry& e) {
    Transaction t;
    t.date = e.date;
    t.payee = std::string(e.party);
    t.narration = e.memo.empty() ? std::string(e.id) : std::string(e.memo);
    const std::string pool = pool_account_part(e.project.empty() ? general_pool_name : e.project);
    if (e.type == RevenueType::income) {
        t.postings.push_back({"Assets:Bank", e.amount});
        t.postings.push_back({"Income:" + pool, Money{-e.amount.minor}});
    } else {
        t.postings.push_back({"Expenses:" + pool, e.amount});
        t.postings.push_back({"Assets:Bank", Money{-e.amount.minor}});
    }
    return t;
}

void add(std::map<std::string, std::int64_t>& sums, const std::string& account, std::int64_t v) {
    if (v != 0) sums[account] += v;
}

// The distribution of a closed period: the period's income and expenses
// closed, the members' earnings to their liabilities, the reserves, the loss
// the reserve covered and the deficit carried.
Transaction distribution(const Ledger& ledger, const Period& period, const PayoutTable& table) {
    std::map<std::string, std::int64_t> sums;
    for (const RevenueEntry& e : ledger.revenue) {
        if (!period.contains(e.date)) continue;
        const std::string pool =
            pool_account_part(e.project.empty() ? general_pool_name : e.project);
        if (e.type == RevenueType::income)
            add(sums, "Income:" + pool, e.amount.minor);
        else
            add(sums, "Expenses:" + pool, -e.amount.minor);
    }
    Transaction t;
    t.date = period.last_day();
    t.payee = "coop";
    t.narration = "distribution of " + format_period(period);
    for (const auto& [account, v] : sums)
        t.postings.push_back({account, Money{v}});
    for (const MemberPayout& m : table.members)
        if (m.earned.minor != 0)
            t.postings.push_back(
                {"Liabilities:Members:" + handle_account_part(m.handle), Money{-m.earned.minor}});
    const std::int64_t reserve = table.totals.covered.minor - table.totals.reserve.minor;
    if (reserve != 0) t.postings.push_back({"Equity:Reserve", Money{reserve}});
    const std::int64_t deficit = table.carried_out.deficit.minor - table.carried_in.deficit.minor;
    if (deficit != 0) t.postings.push_back({"Equity:Deficit", Money{deficit}});
    return t;
}

} // namespace

std::string pool_account_part(std::string_view pool) {
    return capitalised(pool);
}

std::string handle_account_part(std::string_view handle) {
    return capitalised(handle);
}

Books make_books(const Ledger& ledger, const std::optional<Period>& period) {
    Books books;
    books.currency = ledger.policy.currency;
    books.minor_digits = ledger.policy.minor_digits;
    for (const RevenueEntry& e : ledger.revenue)
        if (!period || period->contains(e.date))
            books.transactions.push_back(revenue_transaction(e));
    PayoutChain chain(ledger);
    for (const Period& p : chain.closed()) {
        if (period && !(p.first_day() >= period->first_day() && p.last_day() <= period->last_day()))
            continue;
        const Statement* s = chain.statement(p);
        if (s == nullptr) continue;
        Transaction t = distribution(ledger, p, s->table);
        if (!t.postings.empty()) books.transactions.push_back(std::move(t));
    }
    std::stable_sort(books.transactions.begin(), books.transactions.end(),
                     [](const Transaction& a, const Transaction& b) { return a.date < b.date; });
    return books;
}

} // namespace coop
