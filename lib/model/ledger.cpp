#include "model/ledger.hpp"

#include <algorithm>

namespace coop {

const Member* Ledger::find_member(std::string_view handle) const {
    auto it = std::lower_bound(members.begin(), members.end(), handle,
                               [](const Member& m, std::string_view h) { return m.handle < h; });
    return it != members.end() && it->handle == handle ? &*it : nullptr;
}

const Proposal* Ledger::find_proposal(std::string_view id) const {
    auto it = std::lower_bound(proposals.begin(), proposals.end(), id,
                               [](const Proposal& p, std::string_view i) { return p.id < i; });
    return it != proposals.end() && it->id == id ? &*it : nullptr;
}

std::uint32_t Ledger::find_contribution(std::string_view id) const {
    for (std::uint32_t i = 0; i < contributions.size(); ++i)
        if (name(contributions[i].id) == id) return i;
    return no_entry;
}

bool Ledger::complete(FileId f) const {
    return !std::binary_search(incomplete_files.begin(), incomplete_files.end(), f);
}

} // namespace coop
