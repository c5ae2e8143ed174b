#include "stance_command.hpp"

#include <memory>

#include <fmt/format.h>

#include "write/governance_entry.hpp"
#include "write_output.hpp"

namespace coop::cli {

namespace {

struct StanceArgs {
    StanceRequest request;
    WriteFlags flags;
};

const char* description(StanceKind k) {
    switch (k) {
    case StanceKind::consent:
        return "Consent to a proposal: append to stances/YYYY/MM/<you>.yaml";
    case StanceKind::object:
        return "Object to a proposal, saying why: append to stances/YYYY/MM/<you>.yaml";
    case StanceKind::abstain:
        return "Abstain on a proposal: append to stances/YYYY/MM/<you>.yaml";
    }
    return "";
}

} // namespace

void setup_stance_command(CLI::App& app, Globals& g, StanceKind stance) {
    auto args = std::make_shared<StanceArgs>();
    args->request.stance = stance;
    auto* cmd = app.add_subcommand(std::string(stance_name(stance)), description(stance));
    cmd->add_option("ID", args->request.proposal, "The proposal, prop-YYYYMMDD-NAME")->required();
    auto* reason = cmd->add_option("--reason", args->request.reason,
                                   stance == StanceKind::object
                                       ? "What would make the proposal acceptable (required)"
                                       : "Why");
    reason->option_text("TEXT");
    if (stance == StanceKind::object) reason->required();
    add_write_flags(cmd, args->flags, true, true, "The stance's date");
    cmd->footer("Your latest stance on a proposal is the one that counts. Exit status: 0 written, "
                "1 refused (the stance breaks a rule of the ledger), 2 usage error, 3 I/O or git "
                "failure.");
    cmd->callback([&g, args] {
        const auto root = g.ledger_root();
        StanceRequest r = args->request;
        r.me = who_am_i(root, args->flags);
        r.date = past_date_flag(args->flags, "a stance");
        show_outcome(g, take_stance(root, r, args->flags.options()));
    });
}

} // namespace coop::cli
