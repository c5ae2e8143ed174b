#pragma once
// An append-only list of texts stored back to back: 25,000 file paths in the
// space of their characters, not of 25,000 strings and their allocations.
#include <cstdint>
#include <string_view>

#include "util/symbol_table.hpp"

namespace coop {

class TextList {
  public:
    // The new text's index.
    std::uint32_t push_back(std::string_view s) { return texts_.add(s) - 1; }
    // Valid as long as the list, also after it is moved.
    std::string_view operator[](std::uint32_t i) const { return texts_[i + 1]; }
    std::size_t size() const { return texts_.size() - 1; }
    bool empty() const { return size() == 0; }

  private:
    SymbolTable texts_; // its symbol 0 is the empty text; ours start at 1
};

} // namespace coop
