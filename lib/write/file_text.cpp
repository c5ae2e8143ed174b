#include "write/file_text.hpp"

#include <vector>

#include <fmt/format.h>

#include "util/line_breaks.hpp"
#include "write/yaml_layout.hpp"

namespace coop {

namespace {

struct Line {
    std::size_t begin = 0; // offset of the line's first byte
    std::string_view text; // without its line ending
};

std::vector<Line> split_lines(std::string_view s) {
    std::vector<Line> lines;
    std::size_t begin = 0;
    while (begin < s.size()) {
        std::size_t end = s.find('\n', begin);
        if (end == std::string_view::npos) end = s.size();
        std::string_view text = s.substr(begin, end - begin);
        if (!text.empty() && text.back() == '\r') text.remove_suffix(1);
        lines.push_back({begin, text});
        begin = end + 1;
    }
    return lines;
}

// `key:` at column 0, followed by nothing, a space or a tab.
bool is_key_line(std::string_view line, std::string_view key) {
    if (line.size() <= key.size() || line.substr(0, key.size()) != key || line[key.size()] != ':')
        return false;
    return line.size() == key.size() + 1 || line[key.size() + 1] == ' ' ||
           line[key.size() + 1] == '\t';
}

bool is_blank_or_comment(std::string_view line) {
    const auto first = line.find_first_not_of(" \t");
    return first == std::string_view::npos || line[first] == '#';
}

// The value part of `key: value  # comment`: [value_begin, comment_begin) of
// the line, where comment_begin includes the spaces before the '#'.
std::pair<std::size_t, std::size_t> value_span(std::string_view line, std::size_t key_size) {
    std::size_t v = key_size + 1;
    while (v < line.size() && (line[v] == ' ' || line[v] == '\t'))
        ++v;
    std::size_t c = line.size();
    for (std::size_t i = v; i < line.size(); ++i)
        if (line[i] == '#' && (i == v || line[i - 1] == ' ' || line[i - 1] == '\t')) {
            c = i;
            while (c > v && (line[c - 1] == ' ' || line[c - 1] == '\t'))
                --c;
            break;
        }
    return {v, c};
}

std::string with_eol(std::string_view text, std::string_view eol) {
    if (eol == "\n") return std::string(text);
    std::string out;
    for (char ch : text) {
        if (ch == '\n')
            out += eol;
        else
            out += ch;
    }
    return out;
}

std::uint32_t line_count(std::string_view s) {
    std::uint32_t n = 0;
    for (char ch : s)
        n += ch == '\n';
    return n;
}

std::string indent_lines(std::string_view entry, std::string_view indent) {
    std::string out;
    bool at_start = true;
    for (char ch : entry) {
        if (at_start) out += indent;
        out += ch;
        at_start = ch == '\n';
    }
    return out;
}

} // namespace

namespace {

// Where an entry can go between `from` (a line start after the last entry)
// and `to` (the start of what follows the entries): just above the blank
// lines and comments that stand over what follows, for they belong to it.
std::size_t place_before(std::string_view text, std::size_t from, std::size_t to) {
    const std::vector<std::size_t> starts = line_starts(text.substr(0, to));
    std::size_t at = to;
    for (auto it = starts.rbegin(); it != starts.rend() && *it >= from; ++it) {
        const std::string_view line = text.substr(*it, line_end(text, *it).end - *it);
        if (*it < to && !is_blank_or_comment(line)) break;
        at = *it;
    }
    return std::max(at, from);
}

// The start of the line after the one that holds text[at - 1]; `at` itself
// when it starts a line (a block scalar takes its last line break along).
std::size_t next_line_start(std::string_view text, std::size_t at) {
    if (at == 0 || at >= text.size()) return std::min(at, text.size());
    for (std::size_t back = 1; back <= 3 && back <= at; ++back)
        if (line_break_at(text, at - back) == back) return at;
    return line_end(text, at).next;
}

// The start of the line that holds text[at].
std::size_t line_start_of(std::string_view text, std::size_t at) {
    std::size_t start = 0;
    for (std::size_t s = 0; s <= at && s < text.size(); s = line_end(text, s).next)
        start = s;
    return start;
}

bool ends_with_break(std::string_view text) {
    for (std::size_t back = 1; back <= 3 && back <= text.size(); ++back)
        if (line_break_at(text, text.size() - back) == back) return true;
    return false;
}

// A file libyaml would read as UTF-16 or UTF-32 (by its byte order mark or
// its zero bytes): coop's text cannot be added to it.
std::string_view wide_encoding(std::string_view text) {
    using namespace std::literals;
    if (text.starts_with("\xFF\xFE\0\0"sv) || text.starts_with("\0\0\xFE\xFF"sv)) return "UTF-32";
    if (text.starts_with("\xFF\xFE"sv) || text.starts_with("\xFE\xFF"sv) ||
        (text.size() >= 2 && (text[0] == '\0' || text[1] == '\0')))
        return "UTF-16";
    return {};
}

} // namespace

TextChange append_entry(const std::optional<std::string>& current, std::string_view header,
                        std::string_view entry) {
    if (!current) {
        TextChange c;
        c.text = std::string(header) + indent_lines(entry, "  ");
        c.added = c.text;
        c.first_new_line = 1;
        c.kind = TextChange::Kind::append;
        c.entry = entry;
        return c;
    }
    const std::string& old = *current;
    if (const std::string_view encoding = wide_encoding(old); !encoding.empty())
        throw CannotAppend({1, 1}, fmt::format("the file is written in {}; coop writes UTF-8: "
                                               "convert it (iconv -f {} -t UTF-8) and try again",
                                               encoding, encoding));
    const YamlLayout layout = read_yaml_layout(old);
    if (!layout.error.empty())
        throw CannotAppend(
            layout.error_pos,
            fmt::format("the file does not read as YAML ({}); fix it first", layout.error));
    if (layout.document && !layout.mapping)
        throw CannotAppend({1, 1}, "the file is not a mapping of keys; coop adds entries under "
                                   "its top-level 'entries:' key");
    if (layout.flow)
        throw CannotAppend(layout.mapping_pos,
                           "a flow-style file ({...}): coop appends to block YAML; write one key "
                           "per line, and the entries one per block under 'entries:'");
    const std::string_view eol = line_ending_of(old);
    const TopLevelKey* entries = layout.find("entries");

    // What follows the entries: the next top-level key, else a `...`, else
    // the end of the file (where trailing comments are kept above the entry).
    std::size_t follows = old.size();
    if (entries) {
        const auto next = entries - layout.keys.data() + 1;
        if (static_cast<std::size_t>(next) < layout.keys.size())
            follows = layout.keys[next].begin;
        else if (layout.has_end_marker)
            follows = layout.end_marker;
    } else if (layout.has_end_marker) {
        follows = layout.end_marker;
    }
    if (follows < old.size()) follows = line_start_of(old, follows); // a key may be indented

    std::string text = old;
    std::string lead; // lines to add before the entry
    std::string indent = "  ";
    std::size_t from = 0; // the earliest place for the entry
    if (!entries) {
        lead = "entries:\n";
        from = next_line_start(old, layout.mapping_end);
    } else {
        switch (entries->shape) {
        case TopLevelKey::Shape::block_list:
            indent = std::string(entries->indent, ' ');
            from = next_line_start(old, entries->end);
            break;
        case TopLevelKey::Shape::empty:
            from = next_line_start(old, entries->value_begin);
            break;
        case TopLevelKey::Shape::flow_list:
            if (!entries->items.empty())
                throw CannotAppend(entries->value_pos,
                                   "flow-style entries ([...]): write one entry per block, each "
                                   "item on its own '- ' line under 'entries:'");
            break;
        default:
            throw CannotAppend(entries->value_pos,
                               "'entries' holds a single value, not a list; write 'entries:' "
                               "with its items as '- ' blocks below it");
        }
    }
    std::size_t at = follows < old.size() ? place_before(old, from, follows) : old.size();
    if (entries && entries->shape == TopLevelKey::Shape::flow_list) {
        // `entries: []` opens up into a block list: the brackets (and the
        // spaces before them) go, a comment after them stays.
        std::size_t b = entries->value_begin;
        while (b > entries->begin && (old[b - 1] == ' ' || old[b - 1] == '\t'))
            --b;
        const std::size_t removed = entries->end - b;
        text.erase(b, removed);
        if (follows < old.size()) follows -= removed;
        from = next_line_start(text, b);
        at = follows < text.size() ? place_before(text, from, follows) : text.size();
    }
    std::string before = text.substr(0, at);
    const std::string after = text.substr(at);
    if (!before.empty() && !ends_with_break(before)) before += eol;
    const std::string added = with_eol(lead + indent_lines(entry, indent), eol);
    TextChange change;
    change.first_new_line = static_cast<std::uint32_t>(line_starts(before).size()) + 1;
    change.added = added;
    change.text = before + added + after;
    change.kind = TextChange::Kind::append;
    change.entry = entry;
    return change;
}

TextChange set_top_level_value(const std::string& current, std::string_view key,
                               std::string_view value) {
    const std::string_view eol = current.find("\r\n") != std::string::npos ? "\r\n" : "\n";
    const std::vector<Line> lines = split_lines(current);
    TextChange change;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const Line& l = lines[i];
        if (!is_key_line(l.text, key)) continue;
        const std::size_t c = value_span(l.text, key.size()).second;
        std::string line = std::string(key) + ": " + std::string(value);
        line += l.text.substr(c);
        change.text = current;
        change.text.replace(l.begin, l.text.size(), line);
        change.added = line + std::string(eol);
        change.first_new_line = static_cast<std::uint32_t>(i + 1);
        change.kind = TextChange::Kind::set;
        change.key = key;
        change.value = value;
        return change;
    }
    change.kind = TextChange::Kind::set;
    change.key = key;
    change.value = value;
    change.text = current;
    if (!change.text.empty() && change.text.back() != '\n') change.text += eol;
    change.first_new_line = line_count(change.text) + 1;
    change.added = std::string(key) + ": " + std::string(value) + std::string(eol);
    change.text += change.added;
    return change;
}

std::string check_change(const std::optional<std::string>& before, const TextChange& change) {
    if (change.kind == TextChange::Kind::whole) return {};
    const YamlLayout after = read_yaml_layout(change.text);
    if (!after.error.empty()) return fmt::format("the new text does not parse ({})", after.error);
    YamlLayout old;
    if (before) old = read_yaml_layout(*before);
    if (!old.error.empty()) return fmt::format("the old text does not parse ({})", old.error);
    // Every key but the one changed holds what it held, in the same order.
    const std::string changed = change.kind == TextChange::Kind::append ? "entries" : change.key;
    std::vector<const TopLevelKey*> kept_old, kept_new;
    for (const TopLevelKey& k : old.keys)
        if (k.name != changed) kept_old.push_back(&k);
    for (const TopLevelKey& k : after.keys)
        if (k.name != changed) kept_new.push_back(&k);
    if (before) {
        if (kept_old.size() != kept_new.size()) return "the file's other keys changed";
        for (std::size_t i = 0; i < kept_old.size(); ++i)
            if (kept_old[i]->name != kept_new[i]->name || kept_old[i]->value != kept_new[i]->value)
                return fmt::format("the key '{}' changed", kept_old[i]->name);
    }
    const TopLevelKey* now = after.find(changed);
    if (!now) return fmt::format("the key '{}' is missing", changed);
    if (change.kind == TextChange::Kind::set) {
        const YamlLayout value = read_yaml_layout(fmt::format("v: {}\n", change.value));
        if (!value.error.empty() || value.keys.empty() || value.keys[0].value != now->value)
            return fmt::format("the key '{}' does not read back as {}", changed, change.value);
        return {};
    }
    const TopLevelKey* was = old.find("entries");
    const std::size_t had = was ? was->items.size() : 0;
    if (now->items.size() != had + 1)
        return fmt::format("the file holds {} entries, not {}", now->items.size(), had + 1);
    for (std::size_t i = 0; i < had; ++i)
        if (now->items[i] != was->items[i])
            return fmt::format("entry {} of the file changed", i + 1);
    const YamlLayout entry = read_yaml_layout("entries:\n" + change.entry);
    const TopLevelKey* added = entry.find("entries");
    if (!added || added->items.size() != 1 || added->items[0] != now->items.back())
        return "the new entry does not read back as written";
    return {};
}

} // namespace coop
