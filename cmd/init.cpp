// coop init [DIR] [--founder HANDLE]: a new ledger, committed, and what to do next.
#include <fmt/format.h>

#include "globals.hpp"
#include "init/ledger_init.hpp"
#include "number_text.hpp"
#include "write/when.hpp"

namespace coop::cli {

namespace {

struct InitArgs {
    std::string dir = ".";
    InitOptions options;
};

void print_next_steps(const InitResult& r, const std::filesystem::path& dir) {
    fmt::print("{} coop ledger in {}\n", r.created_repository ? "Initialized a" : "Created a",
               dir.string());
    fmt::print("Committed the genesis {} on branch {}: {}", r.commit.substr(0, 12), r.branch,
               count_text(r.created.size(), "file"));
    if (r.founder)
        fmt::print(", with {} ({} <{}>) as founding member and first treasurer", r.founder->handle,
                   r.founder->name, r.founder->email);
    fmt::print(".\n\nNext steps:\n");
    fmt::print("  Publish it:        git remote add origin URL && git push -u origin {}\n",
               r.branch);
    if (r.founder) {
        fmt::print("  Log your work:     coop log 2h \"What you did\" --commit\n");
        fmt::print("  Others join from their own clone (their git identity is who they are):\n"
                   "                     coop member add HANDLE --name \"Their Name\" --email "
                   "THEIR@EMAIL --commit\n"
                   "                     then push, or open a pull request\n");
    } else {
        fmt::print("  Join, as the first member (your git identity is who you are):\n"
                   "                     coop member add HANDLE --name \"Your Name\" --email "
                   "YOUR@EMAIL --commit\n");
        fmt::print("  Then log your work: coop log 2h \"What you did\" --commit\n");
    }
    fmt::print("  Every push and pull request is checked by .github/workflows/coop.yml.\n");
}

} // namespace

void setup_init(CLI::App& app, Globals& g) {
    auto args = std::make_shared<InitArgs>();
    auto* cmd = app.add_subcommand("init", "Start a new ledger: coop.yaml, folders, CI, a first "
                                           "commit");
    cmd->add_option("DIR", args->dir, "Where to create it (default: the current directory)");
    cmd->add_option("--founder", args->options.founder,
                    "Your handle: you become the founding member and first treasurer (name "
                    "and e-mail from git's user.name and user.email)")
        ->option_text("HANDLE");
    cmd->add_option("--name", args->options.name, "The co-op's name (default: the folder's name)")
        ->option_text("NAME");
    cmd->add_option("--currency", args->options.currency, "ISO 4217 currency code (default: EUR)")
        ->option_text("CODE");
    cmd->footer("Commits the new files, and only them, with git's user.name and user.email; "
                "creates the git repository unless DIR is inside one.");
    cmd->callback([&g, args] {
        const std::filesystem::path dir = g.start_dir() / args->dir;
        InitOptions options = args->options;
        options.today = local_today();
        const InitResult r = init_ledger(dir, options);
        if (!g.quiet) print_next_steps(r, std::filesystem::absolute(dir).lexically_normal());
    });
}

} // namespace coop::cli
