#pragma once
// The ledger's git history, commit by commit: the ledger tree of each commit,
// the ledger files a commit changed, and what the ledger said at a tree (its
// policy, members and closed periods), cached by the id of the file or folder
// it comes from, so 10,000 commits that never touch members/ parse the
// members once.
#include <cstdint>
#include <filesystem>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "audit/ledger_state.hpp"
#include "git/handles.hpp"
#include "git/tree_diff.hpp"
#include "model/policy.hpp"
#include "read/entry_record.hpp"

namespace coop::audit {

struct CommitMeta {
    git_oid id{};
    std::string hex;
    std::string author_name;
    std::string author_email;
    std::int64_t time = 0; // seconds since the epoch
    int offset = 0;        // minutes east of UTC
    std::string date;      // "2026-11-05 14:02 +0100", in the author's zone
};

CommitMeta commit_meta(const git_commit* commit);

class LedgerHistory {
  public:
    // Opens the repository holding `ledger_root`; `what` names the command in
    // the error when there is none.
    LedgerHistory(const std::filesystem::path& ledger_root, const std::string& what);

    git_repository* repo() const { return repo_.get(); }
    const std::string& prefix() const { return prefix_; }

    // The commits of HEAD, oldest first (parents before children); with
    // `since`, only those that are not in the history of `since` (as in
    // `git log since..HEAD`). Empty on an unborn branch.
    std::vector<git_oid> commits(const std::string& since) const;

    git::Commit lookup(const git_oid& id) const;
    // The ledger's folder in `commit`'s tree; null when it has none.
    git::Tree ledger_tree(const git_commit* commit) const;
    // The ledger's folder in the tree of `commit`'s first parent; null for a
    // commit without parents.
    git::Tree parent_ledger_tree(const git_commit* commit) const;

    // The ledger files (coop.yaml and the ledger folders' files) that differ
    // between two ledger trees, either of them possibly null.
    std::vector<git::TreeChange> changes(const git_tree* before, const git_tree* after) const;

    const Policy& policy(const git_tree* ledger);
    const MemberSet& members(const git_tree* ledger);
    const std::vector<ClosedPeriod>& closed(const git_tree* ledger);

    // The entries of the ledger file `rel` in blob `blob` (zero: none).
    std::vector<EntryRecord> entries(const git_oid& blob, const std::string& rel,
                                     const Policy& policy) const;
    std::string text(const git_oid& blob) const;

  private:
    git::Repository repo_;
    std::string prefix_;
    std::map<std::string, Policy, std::less<>> policies_;
    std::map<std::string, MemberSet, std::less<>> members_;
    std::map<std::string, std::vector<ClosedPeriod>, std::less<>> closed_;
};

} // namespace coop::audit
