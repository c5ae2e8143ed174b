#include "export/transactions.hpp"

#include <algorithm>
#include <cctype>
#include <map>

#include <fmt/format.h>

#include "model/error.hpp"
#include "payments/recorded.hpp"
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
    t.code = std::string(e.id);
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

std::string income_account(const RevenueEntry& e) {
    return "Income:" + pool_account_part(e.project.empty() ? general_pool_name : e.project);
}

// The distribution of a closed period, from its statement: each income
// account closed net of the commissions its entries paid (rule 4, at the
// statement's connector-share), the commissions to Expenses:Commissions, the
// expenses closed, the members' earnings (shares and commissions) to their
// liabilities, the reserves kept less the loss they covered to Equity:Reserve
// and the change in the deficit carried to Equity:Deficit.
Transaction distribution(const Ledger& ledger, const Period& period, const PayoutTable& table,
                         const Policy& policy) {
    std::map<std::string, std::int64_t> sums;
    std::int64_t commissions = 0;
    for (const RevenueEntry& e : ledger.revenue) {
        if (!period.contains(e.date)) continue;
        if (e.type == RevenueType::income) {
            std::int64_t closed = e.amount.minor;
            if (!e.connector.empty()) {
                const Money c = commission_of(e.amount, policy.distribution.connector_share);
                closed -= c.minor;
                commissions += c.minor;
            }
            add(sums, income_account(e), closed);
        } else {
            add(sums,
                "Expenses:" + pool_account_part(e.project.empty() ? general_pool_name : e.project),
                -e.amount.minor);
        }
    }
    add(sums, "Expenses:Upstream", -table.totals.upstream.minor);
    Transaction t;
    t.date = period.last_day();
    t.code = format_period(period);
    t.payee = "coop";
    t.narration = "distribution of " + format_period(period);
    for (const auto& [account, v] : sums)
        t.postings.push_back({account, Money{v}});
    if (commissions != 0) t.postings.push_back({"Expenses:Commissions", Money{commissions}});
    for (const MemberPayout& m : table.members)
        if (m.earned.minor != 0)
            t.postings.push_back(
                {"Liabilities:Members:" + handle_account_part(m.handle), Money{-m.earned.minor}});
    const std::int64_t reserve = table.totals.covered.minor - table.totals.reserve.minor;
    if (reserve != 0) t.postings.push_back({"Equity:Reserve", Money{reserve}});
    const std::int64_t deficit = table.carried_out.deficit.minor - table.carried_in.deficit.minor;
    if (deficit != 0) t.postings.push_back({"Equity:Deficit", Money{deficit}});
    // A statement that no longer matches the period's revenue entries (they
    // changed after it was closed) would give postings that do not balance;
    // validation refuses such a ledger first, this keeps a wrong journal out.
    std::int64_t sum = 0;
    for (const Posting& p : t.postings)
        sum += p.amount.minor;
    const std::int64_t off = sum != 0 ? sum : commissions - table.totals.commissions.minor;
    if (off != 0)
        throw Error(ErrorKind::ledger,
                    "the statement of " + format_period(period) +
                        " does not match the revenue entries dated in it (its distribution is "
                        "off by " +
                        format_money(Money{off}, ledger.policy.minor_digits) +
                        "): they changed after it was closed");
    return t;
}

} // namespace

std::string pool_account_part(std::string_view pool) {
    return capitalised(pool);
}

std::string handle_account_part(std::string_view handle) {
    return capitalised(handle);
}

Books make_books(const Ledger& ledger, const std::optional<Period>& through) {
    Books books;
    books.currency = ledger.policy.currency;
    books.minor_digits = ledger.policy.minor_digits;
    const auto included = [&](Date d) { return !through || d <= through->last_day(); };
    for (const RevenueEntry& e : ledger.revenue)
        if (included(e.date)) books.transactions.push_back(revenue_transaction(e));
    PayoutChain chain(ledger);
    for (const Period& p : chain.closed()) {
        if (!included(p.last_day())) continue;
        const Statement* s = chain.statement(p);
        if (s == nullptr) continue;
        // A circle's upstream (SPEC 8): paid to the global network.
        if (const Money up = s->table.totals.upstream; up.minor != 0) {
            Transaction u;
            u.date = p.last_day();
            u.code = format_period(p);
            u.payee = "global network";
            u.narration = "upstream of " + format_period(p);
            u.postings.push_back({"Expenses:Upstream", up});
            u.postings.push_back({"Assets:Bank", Money{-up.minor}});
            books.transactions.push_back(std::move(u));
        }
        // A statement written before v2 records no balances: recomputed.
        Transaction t = s->has_carried_out
                            ? distribution(ledger, p, s->table, s->policy)
                            : distribution(ledger, p, chain.payout(p).table, s->policy);
        if (!t.postings.empty()) books.transactions.push_back(std::move(t));
    }
    // What was paid (SPEC 9): each recorded payment settles the member's
    // liability from the bank, on the day the bank was asked to pay it.
    for (const PaymentsRecord& r : recorded_payments(ledger))
        for (const RecordedPayment& p : r.payments) {
            if (!p.date || !included(*p.date)) continue;
            Transaction t;
            t.date = *p.date;
            t.code = p.reference;
            const Member* m = ledger.find_member(p.handle);
            t.payee = m && !m->name.empty() ? std::string(m->name) : p.handle;
            t.narration = fmt::format("payment of {} to {}",
                                      r.period ? format_period(*r.period) : "", p.handle);
            t.postings.push_back(
                {"Liabilities:Members:" + handle_account_part(p.handle), p.amount});
            t.postings.push_back({"Assets:Bank", Money{-p.amount.minor}});
            books.transactions.push_back(std::move(t));
        }
    std::stable_sort(books.transactions.begin(), books.transactions.end(),
                     [](const Transaction& a, const Transaction& b) { return a.date < b.date; });
    return books;
}

} // namespace coop
