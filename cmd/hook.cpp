// coop hook install [--force]: a git pre-commit hook that runs coop validate.
#include <fmt/format.h>

#include "globals.hpp"
#include "hook/pre_commit.hpp"

namespace coop::cli {

namespace {

// This very binary, so the hook runs the coop that installed it.
std::filesystem::path own_binary() {
    std::error_code ec;
    auto p = std::filesystem::read_symlink("/proc/self/exe", ec);
    return ec ? std::filesystem::path("coop") : p;
}

} // namespace

void setup_hook(CLI::App& app, Globals& g) {
    auto* cmd = app.add_subcommand("hook", "Install git hooks that check the ledger");
    cmd->require_subcommand(1);
    auto force = std::make_shared<bool>(false);
    auto* install = cmd->add_subcommand(
        "install", "Install a pre-commit hook that runs coop validate before every commit");
    install->add_flag("--force", *force, "Replace a pre-commit hook that coop did not write");
    install->footer("The hook goes to the repository's hooks folder (core.hooksPath when set)\n"
                    "and runs this coop binary (or coop on PATH) with -C to the ledger.\n"
                    "Exit status: 0 installed, 2 a foreign hook is there (see --force) or not\n"
                    "in git, 3 I/O failure.");
    install->callback([&g, force] {
        const HookResult r = install_pre_commit_hook(g.ledger_root(), own_binary(), *force);
        if (!g.quiet) fmt::print("{} {}\n", r.replaced ? "replaced" : "installed", r.path.string());
    });
}

} // namespace coop::cli
