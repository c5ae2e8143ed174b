#include "write/file_text.hpp"

#include <vector>

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

// A top-level line that starts a new key: not blank, not a comment, not a list item.
bool is_top_level_content(std::string_view line) {
    if (line.empty()) return false;
    const char c = line[0];
    return c != ' ' && c != '\t' && c != '#' && c != '-';
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
        if (ch == '\n') out += '\r';
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

TextChange append_entry(const std::optional<std::string>& current, std::string_view header,
                        std::string_view entry) {
    if (!current) {
        TextChange c;
        c.text = std::string(header) + indent_lines(entry, "  ");
        c.added = c.text;
        c.first_new_line = 1;
        return c;
    }
    const std::string& old = *current;
    const std::string_view eol = old.find("\r\n") != std::string::npos ? "\r\n" : "\n";
    const std::vector<Line> lines = split_lines(old);

    std::size_t entries_line = lines.size();
    for (std::size_t i = 0; i < lines.size(); ++i)
        if (is_key_line(lines[i].text, "entries")) {
            entries_line = i;
            break;
        }

    std::string before = old; // the text up to the insertion point
    std::string after;        // the text after it
    std::string lead;         // lines to add before the entry
    std::string indent = "  ";
    std::uint32_t first_new_line = 0;
    if (entries_line == lines.size()) {
        if (!before.empty() && before.back() != '\n') before += eol;
        lead = "entries:\n";
    } else {
        const Line& e = lines[entries_line];
        const auto [v, c] = value_span(e.text, 7);
        const std::string_view value = e.text.substr(v, c - v);
        std::size_t insert_at = lines.size();
        for (std::size_t i = entries_line + 1; i < lines.size(); ++i) {
            const std::string_view t = lines[i].text;
            if (is_top_level_content(t)) {
                insert_at = i;
                break;
            }
        }
        // The indentation of the items already there.
        for (std::size_t i = entries_line + 1; i < insert_at; ++i) {
            const std::string_view t = lines[i].text;
            const auto first = t.find_first_not_of(' ');
            if (first == std::string_view::npos || t[first] == '#') continue;
            if (t[first] == '-' && (first + 1 == t.size() || t[first + 1] == ' '))
                indent = std::string(first, ' ');
            break;
        }
        if (insert_at < lines.size()) {
            // Before the next top-level key and the blank lines and comments above it.
            while (insert_at > entries_line + 1 && is_blank_or_comment(lines[insert_at - 1].text))
                --insert_at;
            before = old.substr(0, lines[insert_at].begin);
            after = old.substr(lines[insert_at].begin);
        } else if (!before.empty() && before.back() != '\n') {
            before += eol;
        }
        if (value == "[]") { // an empty flow list becomes a block list
            std::string line(e.text.substr(0, v));
            while (!line.empty() && line.back() == ' ')
                line.pop_back();
            line += e.text.substr(c);
            before.replace(e.begin, e.text.size(), line);
            first_new_line = static_cast<std::uint32_t>(entries_line + 1);
        }
    }
    const std::string added = with_eol(lead + indent_lines(entry, indent), eol);
    TextChange change;
    if (!first_new_line) first_new_line = line_count(before) + 1;
    change.first_new_line = first_new_line;
    change.added = added;
    change.text = before + added + after;
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
        return change;
    }
    change.text = current;
    if (!change.text.empty() && change.text.back() != '\n') change.text += eol;
    change.first_new_line = line_count(change.text) + 1;
    change.added = std::string(key) + ": " + std::string(value) + std::string(eol);
    change.text += change.added;
    return change;
}

} // namespace coop
