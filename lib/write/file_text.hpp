#pragma once
// Changing a ledger file as text, so that its comments and layout survive.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "model/error.hpp"
#include "model/pos.hpp"

namespace coop {

struct TextChange {
    enum class Kind { whole, append, set };
    std::string text;                 // the file's whole new content
    std::string added;                // the lines added (or the line changed)
    std::uint32_t first_new_line = 1; // 1-based: where `added` starts in `text`
    Kind kind = Kind::whole;
    std::string entry;      // append: the entry added, as given (YAML at column 0)
    std::string key, value; // set: the top-level key and its new value (YAML text)
};

// A file that coop cannot add to without rewriting what is already there
// (flow style, UTF-16): where, the construct, and what to write instead.
class CannotAppend : public Error {
  public:
    CannotAppend(Pos pos, const std::string& message)
        : Error(ErrorKind::ledger, message), pos_(pos) {}
    Pos pos() const { return pos_; }

  private:
    Pos pos_;
};

// Adds `entry` (YAML lines at column 0: "- key: value\n  key: value\n") as the
// last item of the file's top-level `entries:` list, indented like the items
// already there. A missing file becomes `header` followed by the entry. The
// place comes from libyaml's parse of the file: after the last character of
// the last entry (a block scalar's blank and '#' lines are its text), before
// the blank lines and comments above a top-level key or a `...` that follows.
// Keeps every other byte; adds a final line break first when the file lacks
// one, and writes the file's own line ending (CR LF, LF or CR). Throws
// CannotAppend for what it cannot add to without rewriting, and Error for a
// file that does not parse (which coop never writes to).
TextChange append_entry(const std::optional<std::string>& current, std::string_view header,
                        std::string_view entry);

// Sets the top-level `key:` of a mapping file to `value` (YAML text): replaces
// the value on its line, keeping the line's comment, or adds the line at the
// end when the key is absent.
TextChange set_top_level_value(const std::string& current, std::string_view key,
                               std::string_view value);

// Whether `change` did to `before` (none: no file) exactly what it says: an
// append leaves every entry and every other key as it was and adds `entry`
// after them; a set changes `key` alone. Empty when so, else what differs.
// Reads both texts with libyaml, so it sees what every reader sees.
std::string check_change(const std::optional<std::string>& before, const TextChange& change);

} // namespace coop
