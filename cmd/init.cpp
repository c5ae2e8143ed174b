// coop init [DIR]: a new ledger.
#include <fmt/format.h>

#include "globals.hpp"
#include "init/ledger_init.hpp"

namespace coop::cli {

namespace {

struct InitArgs {
    std::string dir = ".";
    InitOptions options;
};

} // namespace

void setup_init(CLI::App& app, Globals& g) {
    auto args = std::make_shared<InitArgs>();
    auto* cmd = app.add_subcommand("init", "Create a new ledger: coop.yaml, folders, a git "
                                           "repository");
    cmd->add_option("DIR", args->dir, "Where to create it (default: the current directory)");
    cmd->add_option("--name", args->options.name, "The co-op's name (default: the folder's name)");
    cmd->add_option("--currency", args->options.currency, "ISO 4217 currency code (default: EUR)");
    cmd->callback([&g, args] {
        const std::filesystem::path base = g.start_dir();
        const std::filesystem::path dir = base / args->dir;
        const InitResult r = init_ledger(dir, args->options);
        if (g.quiet) return;
        for (const auto& path : r.created)
            fmt::print("created {}\n", path);
        fmt::print("{} ledger in {}\n",
                   r.created_repository ? "Initialized an empty coop" : "Created a coop",
                   std::filesystem::absolute(dir).lexically_normal().string());
    });
}

} // namespace coop::cli
