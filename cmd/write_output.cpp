#include "write_output.hpp"

#include <algorithm>
#include <cstdlib>
#include <string_view>

#include <fmt/format.h>

#include "util/file_read.hpp"
#include "write/identity.hpp"
#include "write/when.hpp"

namespace coop::cli {

namespace {

// Line `n` (1-based) of `text`, without its line ending.
std::string_view line_of(std::string_view text, std::uint32_t n) {
    std::size_t begin = 0;
    for (std::uint32_t i = 1; i < n; ++i) {
        begin = text.find('\n', begin);
        if (begin == std::string_view::npos) return {};
        ++begin;
    }
    std::string_view line = text.substr(begin, text.find('\n', begin) - begin);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    return line;
}

std::string caret_padding(std::string_view line, std::uint32_t column) {
    std::string pad;
    std::uint32_t chars = 0;
    for (std::size_t i = 0; i < line.size() && chars + 1 < column; ++i) {
        if ((static_cast<unsigned char>(line[i]) & 0xC0) == 0x80) continue;
        pad += line[i] == '\t' ? '\t' : ' ';
        ++chars;
    }
    for (; chars + 1 < column; ++chars)
        pad += ' ';
    return pad;
}

void print_problems(const Globals& g, const Outcome& o) {
    const bool color = g.color_on(2);
    const auto style = [&](std::string_view code) { return color ? code : std::string_view{}; };
    // The lines the command wrote hold what was typed on its command line: a
    // problem there is the command line's, not a place in a file to go and fix.
    const auto lines =
        static_cast<std::uint32_t>(std::count(o.change.added.begin(), o.change.added.end(), '\n'));
    const auto typed = [&](const Diagnostic& d) {
        return d.path == o.path && d.line >= o.change.first_new_line &&
               d.line < o.change.first_new_line + std::max<std::uint32_t>(lines, 1);
    };
    for (const Diagnostic& d : o.problems.items()) {
        const bool error = d.severity == Severity::error;
        if (typed(d)) {
            fmt::print(stderr, "coop: {}{}:{} {}\n", style(error ? "\033[1;31m" : "\033[1;35m"),
                       error ? "error" : "warning", style("\033[0m"), d.message);
            continue;
        }
        fmt::print(stderr, "{}{}:{}:{}:{} {}{}:{} {}\n", style("\033[1m"), d.path, d.line, d.column,
                   style("\033[0m"), style(error ? "\033[1;31m" : "\033[1;35m"),
                   error ? "error" : "warning", style("\033[0m"), d.message);
        // The target as it would be; other files as they are.
        std::string other;
        std::string_view text = o.change.text;
        if (d.path != o.path) {
            if (read_whole_file(g.ledger_root() / d.path, other) != 0) continue;
            text = other;
        }
        const std::string_view line = line_of(text, d.line);
        if (d.line == 0 || line.empty()) continue;
        fmt::print(stderr, "{:>5} | {}\n", d.line, line);
        fmt::print(stderr, "      | {}{}^{}\n", caret_padding(line, d.column), style("\033[1;32m"),
                   style("\033[0m"));
    }
}

} // namespace

void add_write_flags(CLI::App* cmd, WriteFlags& flags, bool with_as, bool with_date,
                     const char* date_what) {
    if (with_as)
        cmd->add_option("--as", flags.as,
                        "Act as this member (default: COOP_MEMBER, else the member whose emails "
                        "hold git's user.email)")
            ->option_text("HANDLE");
    if (with_date)
        cmd->add_option(
               "--date", flags.date,
               fmt::format("{}: YYYY-MM-DD, today or yesterday (default: today)", date_what))
            ->option_text("DATE");
    cmd->add_flag("--commit", flags.commit,
                  "Commit the changed file, and only it, with your git identity");
    cmd->add_flag("--dry-run", flags.dry_run, "Show what would be written; write nothing");
}

std::string who_am_i(const std::filesystem::path& root, const WriteFlags& flags) {
    const char* env = std::getenv("COOP_MEMBER");
    return resolve_me(root, IdentityHints{flags.as, env ? env : ""});
}

Date date_flag(const WriteFlags& flags) {
    return date_option(flags.date, local_today());
}

Date past_date_flag(const WriteFlags& flags, std::string_view what) {
    const Date today = local_today();
    const Date d = date_option(flags.date, today);
    refuse_future(d, today, what);
    return d;
}

void show_outcome(Globals& g, const Outcome& o) {
    print_problems(g, o);
    if (o.refused) {
        fmt::print(stderr,
                   "coop: error: nothing written to {}: the change would bring the errors above\n",
                   o.path);
        g.exit_code = 1;
        return;
    }
    if (!o.written) { // --dry-run
        fmt::print("would {} {}:\n{}", o.created ? "create" : "write to", o.path, o.change.added);
        if (!o.change.added.empty() && o.change.added.back() != '\n') fmt::print("\n");
        return;
    }
    if (!o.result.empty()) fmt::print("{}\n", o.result);
    if (!o.commit.empty() && !g.quiet)
        fmt::print(stderr, "committed {} ({})\n", o.commit.substr(0, 12), o.path);
}

} // namespace coop::cli
