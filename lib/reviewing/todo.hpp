#pragma once
// `coop todo`: the contributions waiting for one member's review.
#include <cstdint>
#include <string_view>
#include <vector>

#include "model/date.hpp"
#include "model/ledger.hpp"

namespace coop {

struct TodoItem {
    std::uint32_t contribution = 0; // index in Ledger::contributions
    std::size_t reviews = 0;        // valid reviews so far (SPEC 3 rule 1)
    Date window_ends;               // the last day a review can come in before closing
    std::int64_t days_left = 0;     // from `today` to window_ends; negative once it has passed
};

// The contributions of open periods (no statement) that `me` can still review:
// not `me`'s own, not yet reviewed by `me` (a review of any validity counts as
// done: a second one would be refused), fewest valid reviews first, then the
// oldest, then by id. A period's review window ends review.window days after
// its last day (coop close waits until then).
std::vector<TodoItem> review_todo(const Ledger& ledger, std::string_view me, Date today);

} // namespace coop
