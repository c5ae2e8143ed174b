// coop: the books of a peer-run co-op, kept as YAML files in git.
#include <malloc.h>

#include <cstdio>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "git/git_library.hpp"
#include "globals.hpp"
#include "model/error.hpp"
#include "option_names.hpp"
#include "usage.hpp"

namespace {

constexpr int exit_usage = 2;
constexpr int exit_io = 3;

int exit_status(coop::ErrorKind kind) {
    switch (kind) {
    case coop::ErrorKind::ledger:
        return 1;
    case coop::ErrorKind::usage:
        return exit_usage;
    case coop::ErrorKind::io:
        return exit_io;
    }
    return 1;
}

} // namespace

int main(int argc, char** argv) {
    // glibc raises its mmap threshold each time a large block is freed, after
    // which growing vectors leave holes in the heap that it never gives back:
    // a fixed threshold keeps peak memory to what is in use (measured: 33 MB
    // to 30 MB on the 25,000-file benchmark ledger; tests/bench/run.sh).
    mallopt(M_MMAP_THRESHOLD, 128 * 1024);
    const coop::GitLibrary git; // before any libgit2 handle, released after all of them
    CLI::App app{"coop keeps the books of a peer-run co-op as YAML files in a git repository.",
                 "coop"};
    coop::cli::Globals g;
    app.formatter(std::make_shared<coop::cli::HelpFormatter>(g));
    app.set_version_flag("--version", "coop " COOP_VERSION);
    app.require_subcommand(1);
    app.fallthrough(); // global options may follow the subcommand, as with git
    app.footer("Run 'coop COMMAND --help' for a command's options; 'man coop' for the manual.\n"
               "Environment: NO_COLOR turns colour off; COOP_THREADS sets how many threads read\n"
               "the ledger (default: one per core; the output never depends on it).");
    coop::cli::add_global_options(app, g);
    coop::cli::setup_init(app, g);
    coop::cli::setup_validate(app, g);
    coop::cli::setup_member(app, g);
    coop::cli::setup_log(app, g);
    coop::cli::setup_review(app, g);
    coop::cli::setup_revenue(app, g);
    coop::cli::setup_expense(app, g);
    coop::cli::setup_tally(app, g);
    coop::cli::setup_todo(app, g);
    coop::cli::setup_show(app, g);
    coop::cli::setup_payout(app, g);
    coop::cli::setup_close(app, g);
    coop::cli::setup_audit(app, g);
    coop::cli::setup_history(app, g);
    coop::cli::setup_hook(app, g);
    coop::cli::setup_monitor(app, g);
    coop::cli::setup_propose(app, g);
    coop::cli::setup_consent(app, g);
    coop::cli::setup_object(app, g);
    coop::cli::setup_abstain(app, g);
    coop::cli::setup_proposals(app, g);
    coop::cli::setup_enact(app, g);
    coop::cli::setup_report(app, g);
    coop::cli::setup_export(app, g);
    coop::cli::setup_circle(app, g);
    coop::cli::setup_pay(app, g);
    coop::cli::setup_help(app, g);
    coop::cli::setup_completion(app, g);
    // After the whole command line is parsed, before the command runs.
    app.parse_complete_callback([&app, &g] { coop::cli::check_format(app, g); });
    try {
        app.parse(argc, argv);
        return g.exit_code;
    } catch (const CLI::ParseError& e) {
        return coop::cli::report_parse_error(app, e, argc, argv);
    } catch (const coop::Error& e) {
        fmt::print(stderr, "coop: error: {}\n", coop::spell_options(e.what()));
        return exit_status(e.kind());
    } catch (const std::exception& e) {
        fmt::print(stderr, "coop: error: {}\n", coop::spell_options(e.what()));
        return exit_io;
    }
}
