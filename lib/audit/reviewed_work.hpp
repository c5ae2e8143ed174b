#pragma once
// O5: a contribution's time, kind or project changed after it was reviewed is
// a finding unless every earlier reviewer reviews it again after the change
// (their review replaced, not added). Whether they did is known only later in
// the history, so the findings wait until the end.
#include <functional>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "audit/commit_rules.hpp"

namespace coop::audit {

class ReviewedWork {
  public:
    // A contribution file's changes in commit `c`; `parent` reads the whole
    // ledger at the parent (only when a reviewed field changed).
    void changed(const CommitView& c, const FileChange& f,
                 const std::function<const Ledger&()>& parent);
    // A review file's changes: a changed review is a review again.
    void reviewed(const FileChange& f);
    // The changes some reviewer has not reviewed again, in history order.
    std::vector<Finding> findings() const;

  private:
    struct Pending {
        Finding finding; // its message says who has yet to review again
        std::string contribution;
        std::string what; // "time from 2h to 5h"
        std::set<std::string> waiting;
    };
    std::vector<Pending> pending_;
};

} // namespace coop::audit
