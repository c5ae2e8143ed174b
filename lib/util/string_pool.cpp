#include "util/string_pool.hpp"

#include <algorithm>
#include <cstring>

namespace coop {

std::string_view StringPool::store(std::string_view s) {
    if (s.empty()) return {};
    if (capacity_ - used_ < s.size()) {
        // Small first, then doubling: most files hold a few kilobytes of text.
        next_chunk_ = std::min<std::size_t>(next_chunk_ * 2, 1 << 20);
        const std::size_t size = std::max(next_chunk_, s.size());
        chunks_.push_back(std::make_unique<char[]>(size));
        used_ = 0;
        capacity_ = size;
    }
    char* dst = chunks_.back().get() + used_;
    std::memcpy(dst, s.data(), s.size());
    used_ += s.size();
    return {dst, s.size()};
}

std::string_view StringPool::intern(std::string_view s) {
    if (auto it = interned_.find(s); it != interned_.end()) return *it;
    const std::string_view kept = store(s);
    interned_.insert(kept);
    return kept;
}

} // namespace coop
