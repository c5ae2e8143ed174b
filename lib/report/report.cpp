#include "report/report.hpp"

#include <algorithm>
#include <map>

#include <fmt/format.h>

#include "model/error.hpp"
#include "monitor/earnings.hpp"
#include "payout/exact.hpp"
#include "payout/payout.hpp"
#include "payout/scoring.hpp"
#include "statement/chain.hpp"

namespace coop {

namespace {

Period next_period(Period p) {
    const int last = p.cadence == Cadence::monthly ? 12 : 4;
    if (++p.index > last) {
        p.index = 1;
        ++p.year;
    }
    return p;
}

// Sums of a span: an overflow is an error, never a wrapped amount.
void add(Money& to, Money m) {
    to = payout_detail::add(to, m, [] { return "a report's total"; });
}

MemberPeriod member_line(const PeriodPayout& p, const MemberPayout& m) {
    return {p.table.period, m.handle, p.statement != nullptr, m.minutes, m.contributions, m.points,
            m.commission,   m.earned, m.balance_in,           m.paid,    m.balance_out};
}

PeriodBooks books_of(const PeriodPayout& p) {
    const PayoutTable& t = p.table;
    PeriodBooks b;
    b.period = t.period;
    b.closed = p.statement != nullptr;
    for (const MemberPayout& m : t.members) {
        b.minutes += m.minutes;
        b.contributions += m.contributions;
        b.points += m.points;
        b.members.push_back(member_line(p, m));
    }
    b.income = t.totals.income;
    b.expenses = t.totals.expenses;
    b.commissions = t.totals.commissions;
    b.earned = t.totals.earned;
    b.paid = t.totals.paid;
    b.reserve_kept = t.totals.reserve;
    b.covered = t.totals.covered;
    b.reserve = t.carried_out.reserve;
    b.deficit = t.carried_out.deficit;
    b.balances = t.carried_out.balances;
    b.cash = t.reconciliation.cash;
    return b;
}

GroupLine& line(std::map<std::string, GroupLine, std::less<>>& lines, std::string_view key) {
    auto it = lines.find(key);
    if (it == lines.end()) {
        it = lines.emplace(std::string(key), GroupLine{}).first;
        it->second.key = std::string(key);
    }
    return it->second;
}

void group(const Ledger& ledger, const PeriodPayout& p, ReportBy by,
           std::map<std::string, GroupLine, std::less<>>& lines) {
    const PayoutTable& t = p.table;
    if (by == ReportBy::member) {
        for (const MemberPayout& m : t.members) {
            GroupLine& g = line(lines, m.handle);
            g.minutes += m.minutes;
            g.contributions += m.contributions;
            g.points += m.points;
            g.has_money = true;
            add(g.earned, m.earned);
            add(g.paid, m.paid);
        }
        return;
    }
    // Work by project or kind, from the contributions scored under the policy in force.
    for (const ScoredContribution& c : score_period(ledger, t.period, p.policy)) {
        const Sym key = by == ReportBy::project ? c.contribution->project : c.contribution->kind;
        GroupLine& g = line(lines, ledger.names[key]);
        g.minutes += c.contribution->minutes;
        g.contributions += 1;
        g.points += c.points;
    }
    if (by != ReportBy::project) return;
    // A project's money is its pool's: a folded pool's is the general pool's.
    for (std::size_t i = 0; i < t.pools.size(); ++i) {
        const Pool& pool = t.pools[i];
        if (pool.general || pool.folded) continue;
        GroupLine& g = line(lines, pool.name);
        g.has_money = true;
        add(g.income, pool.income);
        add(g.expenses, pool.expenses);
        add(g.reserve, pool.reserve);
        for (const MemberPayout& m : t.members)
            if (i < m.shares.size()) add(g.earned, m.shares[i]);
    }
}

MemberPeriod member_period(const PeriodPayout& p, std::string_view handle,
                           const Money& balance_before) {
    for (const MemberPayout& m : p.table.members)
        if (m.handle == handle) return member_line(p, m);
    MemberPeriod out;
    out.period = p.table.period;
    out.member = std::string(handle);
    out.closed = p.statement != nullptr;
    out.balance_in = out.balance_out = balance_before;
    return out;
}

} // namespace

std::vector<Period> report_periods(const Ledger& ledger, const ReportSpan& span) {
    if (span.period) return {*span.period};
    const Cadence cadence = ledger.policy.period;
    std::optional<Period> last = latest_period(ledger, cadence);
    const std::optional<Date> first_date = first_entry_date(ledger);
    if (!last || !first_date) return {};
    Period first = period_of(*first_date, cadence);
    if (span.year) {
        // The year's periods that have books: from its first (or the ledger's
        // first) to its last (or the ledger's latest).
        const Period year_first{cadence, *span.year, 1};
        const Period year_last{cadence, *span.year, cadence == Cadence::monthly ? 12 : 4};
        first = std::max(first, year_first);
        last = std::min(*last, year_last);
        if (first > *last) return {};
    }
    std::vector<Period> out;
    for (Period p = first; p <= *last; p = next_period(p))
        out.push_back(p);
    return out;
}

Report compute_report(const Ledger& ledger, const ReportRequest& request) {
    Report r;
    r.span = request.span;
    r.currency = ledger.policy.currency;
    r.minor_digits = ledger.policy.minor_digits;
    r.member = request.member;
    r.by = request.by;
    if (!request.member.empty() && !ledger.find_member(request.member))
        throw Error(ErrorKind::usage,
                    fmt::format("no member '{}' in the ledger; coop member list shows them",
                                request.member));
    const std::vector<Period> periods = report_periods(ledger, request.span);
    r.totals.period = periods.empty() ? Period{} : periods.back();
    r.statement_totals.period = r.totals.period;
    r.statement_totals.member = request.member;
    PayoutChain chain(ledger);
    std::map<std::string, GroupLine, std::less<>> lines;
    for (std::size_t k = 0; k < periods.size(); ++k) {
        const PeriodPayout p = chain.payout(periods[k]);
        PeriodBooks b = books_of(p);
        PeriodBooks& t = r.totals;
        t.minutes += b.minutes;
        t.contributions += b.contributions;
        t.points += b.points;
        for (auto field : {&PeriodBooks::income, &PeriodBooks::expenses, &PeriodBooks::commissions,
                           &PeriodBooks::earned, &PeriodBooks::paid, &PeriodBooks::reserve_kept,
                           &PeriodBooks::covered})
            add(t.*field, b.*field);
        t.reserve = b.reserve;
        t.deficit = b.deficit;
        t.balances = b.balances;
        t.cash = b.cash;
        if (!request.member.empty()) {
            // Not listed in a period: nothing earned or paid, the balance unchanged.
            Money before;
            if (!r.statement.empty()) {
                before = r.statement.back().balance_out;
            } else {
                const Opening in = chain.opening(periods[k]);
                if (auto it = in.balances.find(request.member); it != in.balances.end())
                    before = it->second;
            }
            MemberPeriod m = member_period(p, request.member, before);
            MemberPeriod& s = r.statement_totals;
            if (r.statement.empty()) s.balance_in = m.balance_in;
            s.minutes += m.minutes;
            s.contributions += m.contributions;
            s.points += m.points;
            add(s.commission, m.commission);
            add(s.earned, m.earned);
            add(s.paid, m.paid);
            s.balance_out = m.balance_out;
            r.statement.push_back(m);
        }
        if (request.by != ReportBy::period) group(ledger, p, request.by, lines);
        if (request.concentration) {
            PeriodConcentration c{p.table.period, {}, {}};
            std::vector<int128> amounts;
            for (const monitor::MemberEarning& e : monitor::period_earnings(ledger, p.table)) {
                c.earned.push_back(e.earned);
                amounts.push_back(e.earned.minor);
            }
            std::sort(c.earned.begin(), c.earned.end());
            c.stats = monitor::concentration(std::move(amounts));
            r.concentration.push_back(std::move(c));
        }
        r.periods.push_back(std::move(b));
    }
    for (auto& [key, g] : lines)
        r.groups.push_back(std::move(g));
    return r;
}

} // namespace coop
