#pragma once
// Closed periods in `coop validate`: once payouts/<period>.yaml exists, the
// period's entries (and the reviews of its contributions) are final.
//
// With git, the entries are compared with the ledger at the statement's
// computed-from commit: an entry of the period that is new, changed or gone
// since is an error. Only the files that differ from that commit (in the
// history since, or not yet committed) are read again, so a closed period
// costs a tree diff and a git status, not a second reading of the ledger.
// Without git (no repository, no computed-from, or a shallow clone without
// that commit), the period is checked against the statement alone: its payout
// is recomputed and any difference is an error. A change that moves no money
// (a summary's wording) is then not seen; coop audit sees it in the history.
#include <filesystem>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "model/diagnostic.hpp"
#include "model/ledger.hpp"
#include "read/entry_record.hpp"
#include "statement/statement.hpp"

namespace coop {

struct ClosedBaseline {
    Period period;
    std::string statement; // payouts/<period>.yaml
    bool from_git = false;
    // from_git: the ledger files that differ from the computed-from commit,
    // and the period's entries in them at that commit, with their paths.
    std::set<std::string, std::less<>> changed;
    std::vector<std::pair<std::string, EntryRecord>> then;
    // Otherwise: the statement's text, when it reads without errors.
    std::optional<std::string> text;
};

// The closed periods of `ledger` (read from `root`): its statements, read;
// what is wrong with a statement goes to `diags` (a statement that cannot be
// read is a warning: its period is then not checked).
std::vector<ClosedBaseline> closed_baselines(const std::filesystem::path& root,
                                             const Ledger& ledger, Diagnostics& diags);

// The rule: new, changed and removed entries of closed periods; without git,
// a statement that no longer matches the ledger (only when `d` has no other
// error, as a recomputation needs a sound ledger).
void closed_periods_unchanged(const Ledger& l, const std::vector<ClosedBaseline>& closed,
                              Diagnostics& d);

} // namespace coop
