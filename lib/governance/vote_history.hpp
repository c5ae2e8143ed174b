#pragma once
// What git says of the votes (SPEC section 6): when each stance was written
// and what its proposal's file said then, so that a stance on a proposal
// edited since no longer counts; and the governance in force when each
// proposal was first committed, which it is counted under even if coop.yaml
// changes while it is open (a rule changed mid-vote does not apply to it).
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "git/handles.hpp"
#include "governance/count.hpp"
#include "model/ledger.hpp"

namespace coop {

class VoteHistory {
  public:
    // Takes in one non-merge commit: `before` and `after` are the ledger trees
    // of its parent and of itself (either may be null). Commits must come
    // oldest first; a stance keeps the proposal of the first commit that has it.
    void record(git_repository* repo, const git_commit* commit, const git_tree* before,
                const git_tree* after);

    // Whether each stance of `l` (parallel to l.stances) was written before
    // the last change of its proposal's file: its proposal then is not the
    // proposal now. A stance git has not seen yet (not committed) is taken
    // as written against the proposal as it is now.
    StaleStances stale(const Ledger& l) const;

    // The governance in force when proposal `id` was first committed.
    std::optional<Governance> governance_of(std::string_view id) const;

    // The last commit (hexadecimal) whose message has the trailer
    // `Coop-Proposal: <id>`, if any: the proposal's enactment.
    std::optional<std::string> enacted_in(std::string_view id) const;

  private:
    std::map<std::string, git_oid, std::less<>> saw_; // stance -> its proposal's blob then
    std::map<std::string, Governance, std::less<>> governance_;
    std::map<std::string, Governance, std::less<>> policy_cache_; // by coop.yaml blob
    std::map<std::string, std::string, std::less<>> enacted_;
};

// The key of a stance in VoteHistory: who, on what, when, how and why.
std::string stance_key(const Stance& s);

// The vote history of HEAD for the ledger at `root`, or nothing when the
// ledger is not in a git repository (then no stance is known to be stale).
std::optional<VoteHistory> read_vote_history(const std::filesystem::path& root);

// The ids a commit message names in `Coop-Proposal:` trailers (as git
// interpret-trailers reads them).
std::vector<std::string> proposal_trailers(const char* message);

// The governance to count `p` under: as of its first commit, else the ledger's own.
Governance governance_for(const Ledger& l, const Proposal& p, const VoteHistory* history);

} // namespace coop
