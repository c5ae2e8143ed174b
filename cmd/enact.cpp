// coop enact ID: a passed proposal's change, made in place and committed with
// the Coop-Proposal trailer.
#include <memory>

#include "globals.hpp"
#include "write/governance_entry.hpp"
#include "write/when.hpp"
#include "write_output.hpp"

namespace coop::cli {

namespace {

struct EnactArgs {
    std::string id;
    WriteFlags flags;
};

} // namespace

void setup_enact(CLI::App& app, Globals& g) {
    auto args = std::make_shared<EnactArgs>();
    auto* cmd = app.add_subcommand("enact", "Apply a passed proposal to coop.yaml or a member's "
                                            "file");
    cmd->add_option("ID", args->id, "The proposal, prop-YYYYMMDD-NAME")->required();
    add_write_flags(cmd, args->flags, false, false);
    cmd->footer("The proposal is counted as of today (coop proposals shows the count). The file "
                "keeps its comments and layout; --commit commits it alone, with the trailer "
                "Coop-Proposal: ID that coop audit checks. Exit status: 0 written, 1 refused (not "
                "passed, already in effect, or the change breaks a rule), 2 usage error, 3 I/O "
                "or git failure.");
    cmd->callback([&g, args] {
        const auto root = g.ledger_root();
        show_outcome(g, enact(root, args->id, local_today(), args->flags.options()));
    });
}

} // namespace coop::cli
