#pragma once
// UTF-8 decoding, and text made safe to show: on a terminal (no escape
// sequences, no raw invalid bytes) and in JSON (always valid UTF-8).
#include <cstddef>
#include <string>
#include <string_view>
#include <utility>

namespace coop {

// The code point starting at s[i] and its length in bytes; length 0 when the
// bytes there are not well-formed UTF-8 (overlong, surrogate, cut short).
std::pair<char32_t, std::size_t> decode_utf8(std::string_view s, std::size_t i);

// Whether `s` is well-formed UTF-8.
bool valid_utf8(std::string_view s);

// Whether a code point would move the cursor or change the terminal's state:
// C0 and C1 controls (tab excepted), DEL, and the Unicode line separators.
bool is_control(char32_t cp);

// One character of text as it is shown on a terminal: itself, or an escape
// (\x1b, \u{85}) for a control character or a byte that is not UTF-8. Tabs
// stay tabs. Returns the bytes consumed.
std::size_t append_printable(std::string& out, std::string_view s, std::size_t i);

// All of `s` through append_printable.
std::string printable(std::string_view s);

} // namespace coop
