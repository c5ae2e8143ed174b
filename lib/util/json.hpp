#pragma once
// Minimal JSON text helpers for machine-readable output.
#include <string>
#include <string_view>

namespace coop {

// A JSON string literal, quotes included.
std::string json_string(std::string_view s);

} // namespace coop
