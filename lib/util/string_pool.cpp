#include "util/string_pool.hpp"

#include <algorithm>
#include <cstring>

namespace coop {

namespace {

// Beyond this many distinct strings interning stops paying for its search.
constexpr std::size_t max_interned = 64;

} // namespace

void StringPool::reserve(std::size_t bytes) {
    if (capacity_ - used_ >= bytes) return;
    chunks_.push_back(std::make_unique<char[]>(bytes));
    used_ = 0;
    capacity_ = bytes;
}

std::string_view StringPool::store(std::string_view s) {
    if (s.empty()) return {};
    if (capacity_ - used_ < s.size()) {
        // Small first, then doubling, up to 1 MiB a chunk.
        next_chunk_ = std::min<std::size_t>(next_chunk_ * 2, 1 << 20);
        reserve(std::max(next_chunk_, s.size()));
    }
    char* dst = chunks_.back().get() + used_;
    std::memcpy(dst, s.data(), s.size());
    used_ += s.size();
    return {dst, s.size()};
}

std::string_view StringPool::intern(std::string_view s) {
    for (std::string_view kept : interned_)
        if (kept == s) return kept;
    const std::string_view kept = store(s);
    if (interned_.size() < max_interned) interned_.push_back(kept);
    return kept;
}

} // namespace coop
