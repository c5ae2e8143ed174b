#pragma once
// Changing a ledger file as text, so that its comments and layout survive.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace coop {

struct TextChange {
    std::string text;                 // the file's whole new content
    std::string added;                // the lines added (or the line changed)
    std::uint32_t first_new_line = 1; // 1-based: where `added` starts in `text`
};

// Adds `entry` (YAML lines at column 0: "- key: value\n  key: value\n") as the
// last item of the file's top-level `entries:` list, indented like the items
// already there. A missing file becomes `header` followed by the entry. Keeps
// every other byte; adds a final newline first when the file lacks one, and
// writes the file's own line ending (\r\n or \n).
TextChange append_entry(const std::optional<std::string>& current, std::string_view header,
                        std::string_view entry);

// Sets the top-level `key:` of a mapping file to `value` (YAML text): replaces
// the value on its line, keeping the line's comment, or adds the line at the
// end when the key is absent.
TextChange set_top_level_value(const std::string& current, std::string_view key,
                               std::string_view value);

} // namespace coop
