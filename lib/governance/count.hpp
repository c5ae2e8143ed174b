#pragma once
// Counting a proposal (SPEC section 6), like a returning officer: who may
// vote, which stance of each counts, and the arithmetic of quorum and
// threshold, all kept so that anyone can check the result by hand.
#include <string>
#include <string_view>
#include <vector>

#include "governance/activity.hpp"
#include "model/ledger.hpp"

namespace coop {

// Why a stance on the proposal is not counted.
enum class Uncounted {
    superseded,  // the voter has a later stance
    not_a_voter, // not active on the proposal's date
    removed,     // the member the proposal removes
    before_date, // dated before the proposal
    after_count, // dated after the day of the count
    stale,       // the proposal's file changed after the stance was written
};

std::string_view uncounted_reason(Uncounted u);

struct CountedStance {
    std::string_view member;
    StanceKind stance = StanceKind::consent;
    Date date;
    std::string_view reason;
    bool by_proposing = false;      // the proposer's consent, implied by proposing
    const Stance* source = nullptr; // null: by proposing
};

struct SetAside {
    const Stance* stance;
    Uncounted why;
};

struct ProposalCount {
    const Proposal* proposal = nullptr;
    Governance rules;                     // the governance counted under
    Date on;                              // the day of the count
    std::vector<std::string_view> voters; // by handle
    std::vector<CountedStance> counted;   // one per voter who took a stance, by handle
    std::vector<SetAside> set_aside;      // in ledger order
    int consents = 0, objections = 0, abstentions = 0;
    int silent = 0;                // voters without a counted stance
    int quorum_needed = 1;         // ceil(quorum x voters), at least one
    int days_open = 0;             // from the proposal's date to `on`
    bool open_long_enough = false; // days_open >= min-open, or every voter consented
    bool quorum_met = false;
    bool threshold_met = false; // consents x den >= num x (consents + objections)
    bool passed = false;
};

// Whether each stance of the ledger (parallel to Ledger::stances) was made
// stale by a later change of its proposal's file; empty: none known to be.
using StaleStances = std::vector<char>;

// Counts `p` as of the day `on` under `rules`. The voters are the members
// active on the proposal's date: joined, not left, and with a contribution or
// review from active-window days before it up to it; a member the proposal
// removes is not one. Each voter's latest stance dated from the proposal's
// date to `on` counts (the proposer's consent by proposing, dated the
// proposal's date, unless they took a later stance).
ProposalCount count_proposal(const Ledger& l, const Activity& activity, const Proposal& p,
                             const Governance& rules, Date on, const StaleStances& stale = {});

// What keeps a proposal from passing, one phrase per unmet condition ("open
// 2 of the 7 days it needs, and 3 of 5 voters consented"); empty when it passed.
std::vector<std::string> shortfalls(const ProposalCount& c);

// "50%" or "2/3", as coop.yaml writes a share.
std::string share_text(const Share& s);

// The voters of a proposal dated `date` (removing `removed`, or nobody).
std::vector<std::string_view> voters_on(const Ledger& l, const Activity& activity, Date date,
                                        int active_window_days, std::string_view removed = {});

} // namespace coop
