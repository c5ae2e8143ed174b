// coop log DURATION SUMMARY: a contribution appended to the member's own file.
#include <memory>

#include "globals.hpp"
#include "write/log_entry.hpp"
#include "write_output.hpp"

namespace coop::cli {

namespace {

struct LogArgs {
    LogRequest request;
    WriteFlags flags;
};

} // namespace

void setup_log(CLI::App& app, Globals& g) {
    auto args = std::make_shared<LogArgs>();
    auto* cmd = app.add_subcommand("log", "Log your work: append a contribution to "
                                          "contributions/YYYY/MM/<you>.yaml");
    cmd->add_option("DURATION", args->request.time, "Time spent: 5m, 90m, 1.5h, 2h30m, 1h30")
        ->required();
    cmd->add_option("SUMMARY", args->request.summary, "What you did, in one line")->required();
    cmd->add_option("--kind", args->request.kind,
                    "A kind of coop.yaml (default: the first one listed there)")
        ->option_text("KIND");
    cmd->add_option("--project", args->request.project, "The project the work was for")
        ->option_text("PROJECT");
    cmd->add_option("--ref", args->request.refs, "A link to the work (repeatable)")
        ->option_text("URL")
        ->allow_extra_args(false);
    add_write_flags(cmd, args->flags, true, true);
    cmd->footer("Prints the new entry's id. Exit status: 0 written, 1 refused (the entry breaks "
                "a rule of the ledger), 2 usage error, 3 I/O or git failure.");
    cmd->callback([&g, args] {
        const auto root = g.ledger_root();
        LogRequest r = args->request;
        r.me = who_am_i(root, args->flags);
        r.date = past_date_flag(args->flags, "the contribution");
        show_outcome(g, log_contribution(root, r, args->flags.options()));
    });
}

} // namespace coop::cli
