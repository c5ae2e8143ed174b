#include "write_output.hpp"

#include <algorithm>
#include <cstdlib>
#include <string_view>

#include <fmt/format.h>

#include "diagnostics_output.hpp"
#include "option_names.hpp"
#include "util/line_breaks.hpp"
#include "util/utf8.hpp"
#include "write/identity.hpp"
#include "write/when.hpp"

namespace coop::cli {

namespace {

void print_problems(const Globals& g, const Outcome& o) {
    // The lines the command wrote hold what was typed on its command line: a
    // problem there is the command line's, not a place in a file to go and fix.
    const auto lines = static_cast<std::uint32_t>(line_starts(o.change.added).size());
    const auto typed = [&](const Diagnostic& d) {
        return !o.change.added.empty() && d.path == o.path && d.line >= o.change.first_new_line &&
               d.line < o.change.first_new_line + std::max<std::uint32_t>(lines, 1);
    };
    // The target as it would be; other files as they are.
    SourceLines sources(g.ledger_root());
    sources.set_text(o.path, o.change.text);
    print_diagnostics(stderr, o.problems, sources, g.color_on(2), typed);
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
        fmt::print(stderr, "coop: error: nothing written to {}: {}\n", printable(o.path),
                   o.refusal.empty() ? "the change would bring the errors above"
                                     : spell_options(o.refusal));
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
