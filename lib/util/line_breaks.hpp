#pragma once
// The one rule for where a line ends, shared by everything that counts lines:
// YAML 1.1's line breaks, as libyaml counts them when it gives a diagnostic its
// line. CR LF, LF and a lone CR, and in UTF-8 text NEL (U+0085), LINE
// SEPARATOR (U+2028) and PARAGRAPH SEPARATOR (U+2029), each end one line.
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace coop {

// The length in bytes of the line break at text[i]; 0 when none starts there.
inline std::size_t line_break_at(std::string_view text, std::size_t i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c == '\n') return 1;
    if (c == '\r') return i + 1 < text.size() && text[i + 1] == '\n' ? 2 : 1;
    if (c == 0xC2)
        return i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0x85 ? 2 : 0;
    if (c == 0xE2 && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0x80) {
        const auto d = static_cast<unsigned char>(text[i + 2]);
        return d == 0xA8 || d == 0xA9 ? 3 : 0;
    }
    return 0;
}

// Where the line starting at `begin` ends (the offset of its break, or the
// end of the text) and where the next one starts.
struct LineEnd {
    std::size_t end = 0;  // one past the line's last character
    std::size_t next = 0; // the next line's first byte (text.size() at the end)
};
LineEnd line_end(std::string_view text, std::size_t begin);

// The byte offset where each line starts: [0] is line 1. A text that ends in a
// break has no empty line after it.
std::vector<std::size_t> line_starts(std::string_view text);

// Line `line` (1-based) without its break; empty past the last line.
std::string_view line_of(std::string_view text, std::uint32_t line);

// The file's own line ending, for lines added to it: that of its first line
// break when it is CR LF, LF or CR; LF otherwise.
std::string_view line_ending_of(std::string_view text);

} // namespace coop
