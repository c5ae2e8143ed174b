#pragma once
// Git's conflict markers: a merge that stopped half-way leaves them in the
// file, and they are not YAML. Found before parsing, so the user reads
// "unresolved merge conflict" at the marker instead of a syntax error.
#include <cstdint>
#include <string_view>
#include <vector>

namespace coop {

// The 1-based lines that open a conflict: "<<<<<<<" at the start of a line,
// then a space or the line's end.
std::vector<std::uint32_t> conflict_lines(std::string_view text);

} // namespace coop
