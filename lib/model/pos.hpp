#pragma once
// Where something was written: a file of the ledger and a place in it.
#include <cstdint>

namespace coop {

// A place in a file: 1-based line and column.
struct Pos {
    std::uint32_t line = 0;
    std::uint32_t column = 0;
};

using FileId = std::uint32_t;

} // namespace coop
