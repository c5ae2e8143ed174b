#pragma once
// `coop close PERIOD`: the payout statement of a period that is over, computed
// from the ledger as committed, written to payouts/PERIOD.yaml and, when asked,
// committed and tagged coop/PERIOD.
#include <filesystem>
#include <string>
#include <vector>

#include "model/date.hpp"
#include "model/ledger.hpp"

namespace coop {

struct CloseRequest {
    Period period;
    Date today;          // a period closes once its last day is before today
    bool commit = false; // commit the statement (only it) and tag the commit
    bool force = false;  // close before review.window has passed since the period's end
};

// A contribution that closing freezes at the unreviewed factor.
struct Unreviewed {
    std::string id;
    std::string member;
    std::size_t reviews = 0; // valid ones, fewer than min-reviews
};

struct CloseResult {
    std::string path;                   // payouts/PERIOD.yaml, relative to the ledger
    std::string computed_from;          // the HEAD commit the statement was computed from
    std::string commit;                 // with commit: the new commit
    std::string tag;                    // with commit: coop/PERIOD
    std::vector<Unreviewed> unreviewed; // with force, inside the review window: frozen unreviewed
};

// `ledger` is the valid ledger read from `root`. Refuses (and writes nothing)
// with Error(usage) a period of another cadence than the co-op's or a ledger
// outside git or without a commit; with Error(ledger) a period that is not
// over, one before the ledger's first entry, one that is already closed (its
// statement or tag exists, or a statement of the other cadence covers it),
// one after a period still open (periods close in order), one whose
// review.window has not passed (unless `force`), naming the contributions
// that closing would freeze at the unreviewed factor, and a ledger whose files
// have uncommitted changes (the statement would not match its computed-from
// commit).
CloseResult close_period(const std::filesystem::path& root, const Ledger& ledger,
                         const CloseRequest& request);

} // namespace coop
