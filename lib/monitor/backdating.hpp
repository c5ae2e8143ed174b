#pragma once
// SPEC 7, backdating: entries committed long after their date, or after the
// end of the period they are paid in, from the git history.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "audit/entry_commits.hpp"
#include "model/ledger.hpp"
#include "model/monitor_policy.hpp"
#include "payout/scoring.hpp"
#include "read/entry_record.hpp"

namespace coop::monitor {

struct LateEntry {
    EntryKind kind = EntryKind::contribution;
    std::string key; // the id; review:<contribution>:<reviewer> for a review
    std::string
        by; // the contributor or reviewer; for revenue the booker (else the author's e-mail)
    Date date;
    Date period_end; // of the co-op's period holding the date
    audit::EntryCommit commit;
    std::int64_t days_after = 0; // the commit's day minus the entry's date
    bool too_late = false;       // more than `backdating_days` after its date
    bool after_end = false;      // committed after period_end (not for reviews: they come later)
};

struct Backdating {
    bool checked = false;
    std::string skipped;          // why not, when not checked
    std::int64_t entries = 0;     // entries looked at
    std::int64_t uncommitted = 0; // of those, in no commit yet
    std::vector<LateEntry> late;  // by date, then key
};

// Contributions and revenue entries dated in the period, and the valid
// reviews of those contributions.
Backdating backdating(const Ledger& ledger, const std::vector<ScoredContribution>& scored,
                      const Period& period, const audit::EntryCommits& commits,
                      const MonitorPolicy& policy);

} // namespace coop::monitor
