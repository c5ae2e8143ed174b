#pragma once
// Minimal JSON text helpers for machine-readable output.
#include <string>
#include <string_view>

namespace coop {

// A JSON string literal, quotes included, always valid UTF-8: a byte that is
// not UTF-8 becomes U+FFFD (a file name can hold any bytes; JSON cannot).
std::string json_string(std::string_view s);

} // namespace coop
