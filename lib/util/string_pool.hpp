#pragma once
// Stable storage for the ledger's text: string_views into it stay valid for the
// pool's lifetime, also after the pool is moved. Short repeated strings (handles,
// kinds, projects) are interned so a million entries share a few copies.
#include <memory>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace coop {

class StringPool {
  public:
    std::string_view store(std::string_view s);
    std::string_view intern(std::string_view s);

  private:
    std::vector<std::unique_ptr<char[]>> chunks_;
    std::size_t used_ = 0;
    std::size_t capacity_ = 0;
    std::size_t next_chunk_ = 512;
    std::unordered_set<std::string_view> interned_;
};

} // namespace coop
