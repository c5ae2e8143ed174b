#include "monitor/booker.hpp"

#include "model/layout.hpp"

namespace coop::monitor {

std::string member_by_email(const Ledger& ledger, std::string_view email) {
    for (const Member& m : ledger.members)
        for (std::string_view e : m.emails)
            if (e == email) return std::string(m.handle);
    return {};
}

Booker booker_of(const Ledger& ledger, const RevenueEntry& entry,
                 const audit::EntryCommits& commits) {
    if (entry.file < ledger.files.size())
        if (std::string owner = classify_path(ledger.path(entry.file)).handle; !owner.empty())
            return {std::move(owner), BookedFrom::file};
    if (const auto it = commits.added.find(std::string(entry.id)); it != commits.added.end())
        if (std::string m = member_by_email(ledger, it->second.author_email); !m.empty())
            return {std::move(m), BookedFrom::commit};
    return {};
}

} // namespace coop::monitor
