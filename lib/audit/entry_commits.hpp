#pragma once
// When each entry came into the ledger's history: the first commit of HEAD
// that added it. What `coop monitor` compares with the entries' dates to find
// backdated work, and whose author says who booked a v1 revenue entry.
#include <cstdint>
#include <filesystem>
#include <string>
#include <unordered_map>

#include "model/date.hpp"

namespace coop::audit {

struct EntryCommit {
    std::string commit;       // 40 hexadecimal digits
    std::int64_t time = 0;    // the committer's time, seconds since the epoch
    int offset = 0;           // the committer's zone, minutes east of UTC
    std::string author_email; // the commit's author
    Date date() const;        // the commit's day in the committer's zone
};

struct EntryCommits {
    bool available = false;
    std::string unavailable; // why not: "not in a git repository", ...
    // By entry key: a contribution or revenue id, review:<contribution>:<reviewer>.
    std::unordered_map<std::string, EntryCommit> added;
};

// The entries of `period` (contributions and revenue dated in it, reviews
// written since it started) and the first non-merge commit of HEAD that added
// each. Not available without a repository, on an unborn branch, or in a
// shallow clone (where the oldest commit would seem to add everything).
EntryCommits entries_added(const std::filesystem::path& ledger_root, const Period& period);

} // namespace coop::audit
