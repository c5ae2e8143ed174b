#pragma once
// The audit rules of SPEC section 5, one function each, for one commit.
#include <string>
#include <vector>

#include "audit/finding.hpp"
#include "audit/ledger_history.hpp"
#include "git/tree_diff.hpp"

namespace coop::audit {

// One commit as the rules see it.
struct CommitView {
    const CommitMeta& meta;
    const git_commit* commit;
    const git_tree* before; // the parent's ledger tree; null for none
    const git_tree* after;  // this commit's ledger tree; null for none
    const MemberSet& members_before;
    const MemberSet& members_after;

    Finding finding(std::string rule, std::string path, std::string message) const;
};

// A changed file with the entry changes in it (entry files only).
struct FileChange {
    const git::TreeChange& change;
    std::vector<EntryChange> entries;
};

// O1: who may change which file (members as of the parent commit).
void check_ownership(const CommitView& c, const FileChange& f, std::vector<Finding>& out);

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

// "bob@example.org (bob)", "x@example.org (not a member)".
std::string who(const MemberSet& members, const std::string& email);

} // namespace coop::audit
