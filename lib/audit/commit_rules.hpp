#pragma once
// The audit rules of SPEC section 5, one function each, for one commit.
#include <string>
#include <vector>

#include "audit/finding.hpp"
#include "audit/ledger_history.hpp"
#include "git/tree_diff.hpp"
#include "governance/vote_history.hpp"

namespace coop::audit {

// One commit as the rules see it.
struct CommitView {
    const CommitMeta& meta;
    const git_commit* commit;
    const git_tree* before; // the parent's ledger tree; null for none
    const git_tree* after;  // this commit's ledger tree; null for none
    const MemberSet& members_before;
    const MemberSet& members_after;
    bool enactment = false; // the message has a Coop-Proposal trailer

    Finding finding(std::string rule, std::string path, std::string message) const;
};

// A changed file with the entry changes in it (entry files only).
struct FileChange {
    const git::TreeChange& change;
    std::vector<EntryChange> entries;
};

// A change that only a passed proposal may make (O6): what was done, and how
// it is done instead.
struct GovernedChange {
    std::string path;
    std::string what; // "bob@example.org (bob) changed bob's roles from none to treasurer"
    std::string how;  // "roles are granted by proposal: coop propose --roles bob=treasurer"
};

// O1: who may change which file (members as of the parent commit);
// `proposer` is the proposer of a proposal file (as of the parent, else as
// written). Changes that need a proposal are added to `governed`.
void check_ownership(const CommitView& c, const FileChange& f, const std::string& proposer,
                     std::vector<Finding>& out, std::vector<GovernedChange>& governed);

// O6: each governed change is made by a commit naming, in a Coop-Proposal
// trailer, a proposal that had passed at the parent (counted on the commit's
// date with `votes`, the history up to the parent) and whose change is
// exactly the commit's change of that file.
void check_enactment(LedgerHistory& h, const CommitView& c,
                     const std::vector<GovernedChange>& governed, const VoteHistory& votes,
                     std::vector<Finding>& out);

// O2: nothing of a period whose statement is in `closed` (the parent's)
// changes, nor the statement.
void check_closed(const CommitView& c, const FileChange& f, const std::vector<ClosedPeriod>& closed,
                  std::vector<Finding>& out);

// O3: a good SSH signature by one of the author's keys (as of the parent; of
// the commit itself for the genesis commit). Returns whether it was checked.
void check_signature(LedgerHistory& h, const CommitView& c, bool genesis,
                     std::vector<Finding>& out);

// O4: a statement added or changed by the commit equals the payout recomputed
// from the whole ledger at the commit.
void check_statement(LedgerHistory& h, const CommitView& c, const git::TreeChange& change,
                     std::vector<Finding>& out);

// O4 for payments (SPEC 9): a payments record added or changed by the commit
// equals the paid amounts of its statement at the commit, and names that
// statement's blob.
void check_payments_record(LedgerHistory& h, const CommitView& c, const git::TreeChange& change,
                           std::vector<Finding>& out);

// "bob@example.org (bob)", "x@example.org (not a member)".
std::string who(const MemberSet& members, const std::string& email);

} // namespace coop::audit
