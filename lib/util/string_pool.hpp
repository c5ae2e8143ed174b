#pragma once
// Stable storage for text read from one file: string_views into it stay valid
// for the pool's lifetime, also after the pool is moved. Short repeated strings
// (handles, kinds, projects) are interned so a file's entries share a copy.
#include <memory>
#include <string_view>
#include <vector>

namespace coop {

class StringPool {
  public:
    // Makes the next chunk at least `bytes` long: a reader that knows its file's
    // size wastes neither space nor allocations.
    void reserve(std::size_t bytes);
    std::string_view store(std::string_view s);
    std::string_view intern(std::string_view s);

  private:
    std::vector<std::unique_ptr<char[]>> chunks_;
    std::size_t used_ = 0;
    std::size_t capacity_ = 0;
    std::size_t next_chunk_ = 256;
    // A file has a handful of distinct handles, kinds and projects: a short list
    // searched in order beats a hash set, and costs nothing when it stays empty.
    std::vector<std::string_view> interned_;
};

} // namespace coop
