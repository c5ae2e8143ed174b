#pragma once
// What `coop audit` finds, as values: the command line formats them.
#include <cstddef>
#include <string>
#include <vector>

#include "read/entry_diff.hpp"

namespace coop::audit {

// A broken rule of SPEC section 5.
struct Finding {
    // "O1" ownership, "O2" closed periods, "O3" signatures, "O4" statements,
    // "O5" reviewed work, "O6" enactment
    std::string rule;
    std::string commit; // 40 hexadecimal digits
    std::string author; // the commit's author e-mail
    std::string date;   // the commit's author date, "2026-11-05 14:02 +0100"
    std::string path;   // the ledger file, relative to the ledger; empty: the whole commit
    std::string message;
};

// An existing entry changed or removed: allowed or not, it is listed.
struct EntryEdit {
    std::string commit;
    std::string author;
    std::string date;
    std::string path;
    EntryChange change; // changed or removed
};

// A finding that a passed `waive` proposal names (its commit and rule).
struct WaivedFinding {
    Finding finding;
    std::string proposal; // the waive proposal's id
};

struct AuditReport {
    std::size_t commits = 0; // non-merge commits that change the ledger
    std::size_t merges = 0;  // merge commits looked at (closed periods only)
    std::size_t signatures_checked = 0;
    std::vector<Finding> findings; // in history order; the waived ones are not here
    std::vector<WaivedFinding> waived;
    std::vector<EntryEdit> edits; // in history order
};

} // namespace coop::audit
