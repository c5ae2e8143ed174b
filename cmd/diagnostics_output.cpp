#include "diagnostics_output.hpp"

#include <fmt/format.h>

#include "read/source_lines.hpp"
#include "util/json.hpp"

namespace coop::cli {

namespace {

struct Style {
    bool on;
    std::string_view bold() const { return on ? "\033[1m" : ""; }
    std::string_view red() const { return on ? "\033[1;31m" : ""; }
    std::string_view magenta() const { return on ? "\033[1;35m" : ""; }
    std::string_view green() const { return on ? "\033[1;32m" : ""; }
    std::string_view reset() const { return on ? "\033[0m" : ""; }
};

// Spaces up to a 1-based column counted in characters, keeping the line's tabs
// so the caret lands under the right character.
std::string caret_padding(const std::string& line, std::uint32_t column) {
    std::string pad;
    std::uint32_t chars = 0;
    for (std::size_t i = 0; i < line.size() && chars + 1 < column; ++i) {
        const auto c = static_cast<unsigned char>(line[i]);
        if ((c & 0xC0) == 0x80) continue; // a UTF-8 continuation byte
        pad += line[i] == '\t' ? '\t' : ' ';
        ++chars;
    }
    while (chars + 1 < column) { // past the end of the line
        pad += ' ';
        ++chars;
    }
    return pad;
}

} // namespace

void print_diagnostics(std::FILE* out, const Diagnostics& diags, const std::filesystem::path& root,
                       bool color) {
    const Style s{color};
    SourceLines sources(root);
    for (const Diagnostic& d : diags.items()) {
        const bool error = d.severity == Severity::error;
        fmt::print(out, "{}{}:{}:{}:{} {}{}:{} {}\n", s.bold(), d.path, d.line, d.column, s.reset(),
                   error ? s.red() : s.magenta(), error ? "error" : "warning", s.reset(),
                   d.message);
        const std::string& text = sources.line(d.path, d.line);
        if (text.empty()) continue;
        fmt::print(out, "{:>5} | {}\n", d.line, text);
        fmt::print(out, "      | {}{}^{}\n", caret_padding(text, d.column), s.green(), s.reset());
    }
}

void print_diagnostic_lines(std::FILE* out, const Diagnostics& diags, bool color) {
    const Style s{color};
    for (const Diagnostic& d : diags.items()) {
        const bool error = d.severity == Severity::error;
        fmt::print(out, "{}{}:{}:{}:{} {}{}:{} {}\n", s.bold(), d.path, d.line, d.column, s.reset(),
                   error ? s.red() : s.magenta(), error ? "error" : "warning", s.reset(),
                   d.message);
    }
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
                           json_string(d.message));
    }
    out += first ? "]\n" : "\n]\n";
    return out;
}

std::string count_problems(const Diagnostics& diags) {
    const auto e = diags.error_count(), w = diags.warning_count();
    return fmt::format("{} error{}, {} warning{}", e, e == 1 ? "" : "s", w, w == 1 ? "" : "s");
}

} // namespace coop::cli
