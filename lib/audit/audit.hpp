#pragma once
// `coop audit`: the rules of SPEC section 5 over the git history of the
// current branch, oldest commit first, parsing only the files each commit
// changed.
#include <filesystem>
#include <string>

#include "audit/finding.hpp"
#include "model/date.hpp"

namespace coop::audit {

struct AuditOptions {
    std::string since; // a revision: audit only the commits after it (since..HEAD)
    Date today;        // the day waive proposals are counted on
};

// Every non-merge commit that changes the ledger is checked for O1-O4 (O3
// when coop.yaml at the commit or its parent says signed-commits: true); a
// merge commit for O2 against each parent that had a period closed, as a
// merge can bring an old branch's entries into a closed period. Throws
// Error(usage) when the ledger is not in a git repository or `since` names
// no commit, Error(io) when git or ssh-keygen fails.
AuditReport run_audit(const std::filesystem::path& ledger_root, const AuditOptions& options);

} // namespace coop::audit
