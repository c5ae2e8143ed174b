#pragma once
// `coop history ID`: every commit that added, changed or removed an entry.
#include <filesystem>
#include <string>
#include <vector>

#include "read/entry_diff.hpp"

namespace coop::audit {

struct HistoryEvent {
    std::string commit; // 40 hexadecimal digits
    std::string author_name;
    std::string author_email;
    std::string date;      // "2026-11-05 14:02 +0100"
    std::string signature; // good, bad, unknown key, unsigned
    std::string path;      // the ledger file
    EntryChange change;
};

// What `id` asks for: a contribution or revenue id, or a review written as
// review:<contribution id>:<reviewer>; a contribution's id also brings the
// history of its reviews. Throws Error(usage) for text that is none of these.
void check_history_id(const std::string& id);

// The events of `id` over the non-merge commits of HEAD, oldest first. A
// signature is checked against the keys of the author's member as of the
// parent commit.
std::vector<HistoryEvent> entry_history(const std::filesystem::path& ledger_root,
                                        const std::string& id);

} // namespace coop::audit
