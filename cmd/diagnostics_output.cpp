#include "diagnostics_output.hpp"

#include <algorithm>
#include <vector>

#include <fmt/format.h>

#include "option_names.hpp"
#include "util/json.hpp"
#include "util/utf8.hpp"

namespace coop::cli {

namespace {

// The most characters of a line shown under a diagnostic: a line of 100,000
// characters with an error in every entry must not print itself for each one.
constexpr std::size_t excerpt_width = 72;
// Of those, how many come before the caret when the line is cut.
constexpr std::size_t excerpt_before = 24;

struct Style {
    bool on;
    std::string_view bold() const { return on ? "\033[1m" : ""; }
    std::string_view red() const { return on ? "\033[1;31m" : ""; }
    std::string_view magenta() const { return on ? "\033[1;35m" : ""; }
    std::string_view green() const { return on ? "\033[1;32m" : ""; }
    std::string_view reset() const { return on ? "\033[0m" : ""; }
};

// Where each character of a line starts (a byte that is not UTF-8 counts as
// one character, as libyaml's columns count characters), and the line's end.
std::vector<std::size_t> char_starts(std::string_view line) {
    std::vector<std::size_t> starts;
    for (std::size_t i = 0; i < line.size();) {
        starts.push_back(i);
        const std::size_t n = decode_utf8(line, i).second;
        i += n ? n : 1;
    }
    starts.push_back(line.size());
    return starts;
}

struct Excerpt {
    std::string text;  // what to show of the line
    std::string caret; // spaces (and the line's tabs) up to the caret
};

// The line, or a window of it around 1-based `column` with "..." where it is
// cut, printable, and the padding that puts a caret under that column.
Excerpt excerpt(std::string_view line, const std::vector<std::size_t>& starts,
                std::uint32_t column) {
    const std::size_t chars = starts.size() - 1;
    const std::size_t at = column ? column - 1 : 0; // may be past the end
    std::size_t from = 0, to = chars;
    if (chars > excerpt_width) {
        from = at > excerpt_before ? std::min(at - excerpt_before, chars - excerpt_width) : 0;
        to = from + excerpt_width;
    }
    Excerpt e;
    if (from > 0) {
        e.text = "...";
        e.caret = "   ";
    }
    for (std::size_t c = from; c < to; ++c) {
        const std::size_t shown = e.text.size();
        append_printable(e.text, line.substr(0, starts[c + 1]), starts[c]);
        if (c >= at) continue;
        if (line[starts[c]] == '\t')
            e.caret += '\t';
        else if (std::string_view(e.text).substr(shown) ==
                 line.substr(starts[c], starts[c + 1] - starts[c]))
            e.caret += ' '; // one column a character
        else
            e.caret.append(e.text.size() - shown, ' '); // an escape: as wide as its ASCII
    }
    if (to < chars) e.text += "...";
    if (at > to) e.caret.append(at - to, ' '); // past the end of the line
    return e;
}

void print_place(std::FILE* out, const Style& s, const Diagnostic& d) {
    const bool error = d.severity == Severity::error;
    fmt::print(out, "{}{}:{}:{}:{} {}{}:{} {}\n", s.bold(), printable(d.path), d.line, d.column,
               s.reset(), error ? s.red() : s.magenta(), error ? "error" : "warning", s.reset(),
               printable(spell_options(d.message)));
}

} // namespace

void print_diagnostics(std::FILE* out, const Diagnostics& diags, SourceLines& sources, bool color,
                       const FromCommandLine& from_command_line) {
    const Style s{color};
    // Diagnostics come sorted: those on one line share its character table.
    std::string last_path;
    std::uint32_t last_line = 0;
    std::vector<std::size_t> starts;
    for (const Diagnostic& d : diags.items()) {
        const bool error = d.severity == Severity::error;
        if (from_command_line && from_command_line(d)) {
            fmt::print(out, "coop: {}{}:{} {}\n", error ? s.red() : s.magenta(),
                       error ? "error" : "warning", s.reset(), printable(spell_options(d.message)));
            continue;
        }
        print_place(out, s, d);
        const std::string_view text = sources.line(d.path, d.line);
        if (text.empty()) continue;
        if (d.path != last_path || d.line != last_line) {
            starts = char_starts(text);
            last_path = d.path;
            last_line = d.line;
        }
        const Excerpt e = excerpt(text, starts, d.column);
        fmt::print(out, "{:>5} | {}\n", d.line, e.text);
        fmt::print(out, "      | {}{}^{}\n", e.caret, s.green(), s.reset());
    }
}

void print_diagnostics(std::FILE* out, const Diagnostics& diags, const std::filesystem::path& root,
                       bool color) {
    SourceLines sources(root);
    print_diagnostics(out, diags, sources, color);
}

void print_diagnostic_lines(std::FILE* out, const Diagnostics& diags, bool color) {
    const Style s{color};
    for (const Diagnostic& d : diags.items())
        print_place(out, s, d);
}

std::string diagnostics_json(const Diagnostics& diags) {
    std::string out = "[";
    bool first = true;
    for (const Diagnostic& d : diags.items()) {
        out += first ? "\n  " : ",\n  ";
        first = false;
        out += fmt::format(R"({{"path": {}, "line": {}, "column": {}, "severity": "{}", )"
                           R"("message": {}}})",
                           json_string(d.path), d.line, d.column,
                           d.severity == Severity::error ? "error" : "warning",
                           json_string(spell_options(d.message)));
    }
    out += first ? "]\n" : "\n]\n";
    return out;
}

std::string count_problems(const Diagnostics& diags) {
    const auto e = diags.error_count(), w = diags.warning_count();
    return fmt::format("{} error{}, {} warning{}", e, e == 1 ? "" : "s", w, w == 1 ? "" : "s");
}

} // namespace coop::cli
