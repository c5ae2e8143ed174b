#include "model/ledger.hpp"

#include <algorithm>

namespace coop {

const Member* Ledger::find_member(std::string_view handle) const {
    auto it = std::lower_bound(members.begin(), members.end(), handle,
                               [](const Member& m, std::string_view h) { return m.handle < h; });
    return it != members.end() && it->handle == handle ? &*it : nullptr;
}

bool Ledger::complete(FileId f) const {
    return !std::binary_search(incomplete_files.begin(), incomplete_files.end(), f);
}

} // namespace coop
