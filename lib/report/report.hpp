#pragma once
// SPEC 9, coop report: the books over a span of periods, summed from the
// payout chain (lib/statement/chain.hpp) and the scored contributions
// (lib/payout/scoring.hpp). No money is computed here: every amount is one
// of the chain's, added up.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/date.hpp"
#include "model/ledger.hpp"
#include "model/money.hpp"
#include "monitor/stats.hpp"
#include "util/checked.hpp"

namespace coop {

// The periods a report covers.
struct ReportSpan {
    std::optional<int> year;      // the co-op's periods of that year
    std::optional<Period> period; // one period, a month or a quarter
    // Neither: every period of the cadence from the first with an entry to
    // the latest.
};

// One member's line in a period (their annual statement is a list of them).
struct MemberPeriod {
    Period period;
    std::string member;
    bool closed = false;
    std::int64_t minutes = 0;
    std::int64_t contributions = 0;
    int128 points = 0;
    Money commission, earned, balance_in, paid, balance_out;
};

// One period's books: the work, the money in and out, what is kept.
struct PeriodBooks {
    Period period;
    bool closed = false; // it has a statement in payouts/
    std::int64_t minutes = 0;
    std::int64_t contributions = 0;
    int128 points = 0; // times 10^points_places
    Money income, expenses, commissions;
    Money earned, paid;
    Money reserve_kept; // the rule-7 reserves of the period
    Money covered;      // of a loss, by the reserve
    Money reserve;      // carried out
    Money deficit;      // carried out
    Money balances;     // the members' unpaid balances carried out
    Money cash;         // held after the period: income - expenses - paid so far
    // Who was paid what: the members the payout lists (SPEC 3), by handle.
    std::vector<MemberPeriod> members;
};

enum class ReportBy { period, member, project, kind };

// A line of --by member, project or kind: summed over the span. For a
// project, `earned` is what its pool distributed to members and `pool` says
// whether it had one (an income or expense entry); a kind has no money.
struct GroupLine {
    std::string key; // the handle, project ("" for none) or kind
    std::int64_t minutes = 0;
    std::int64_t contributions = 0;
    int128 points = 0;
    bool has_money = false;
    Money earned, paid;              // members: theirs; projects: the pool's shares (paid unused)
    Money income, expenses, reserve; // projects with a pool
};

// Concentration of the earned amounts among the members of a period, as
// coop monitor measures it (SPEC 7), with the amounts for a Lorenz curve.
struct PeriodConcentration {
    Period period;
    std::vector<Money> earned; // ascending, one per member who took part
    monitor::Concentration stats;
};

struct Report {
    ReportSpan span;
    std::string currency;
    int minor_digits = 2;
    std::vector<PeriodBooks> periods; // in order
    PeriodBooks totals; // sums of the flows; the stocks (reserve, cash...) of the last period
    std::string member; // --member: whose statement
    std::vector<MemberPeriod> statement;
    MemberPeriod statement_totals;
    ReportBy by = ReportBy::period;
    std::vector<GroupLine> groups; // by key, in byte order
    std::vector<PeriodConcentration> concentration;
};

struct ReportRequest {
    ReportSpan span;
    std::string member; // empty: no statement
    ReportBy by = ReportBy::period;
    bool concentration = false;
};

// The periods of `span`, in order; empty for a ledger without entries.
std::vector<Period> report_periods(const Ledger& ledger, const ReportSpan& span);

// Throws Error(usage) for a member who is not in the ledger, and what
// PayoutChain::payout throws.
Report compute_report(const Ledger& ledger, const ReportRequest& request);

} // namespace coop
