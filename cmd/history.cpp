// coop history ID: every commit that added, changed or removed an entry, with
// its author, date, signature status and the change field by field.
#include <fmt/format.h>

#include "audit/history.hpp"
#include "entry_change_text.hpp"
#include "globals.hpp"
#include "model/error.hpp"

namespace coop::cli {

void setup_history(CLI::App& app, Globals& g) {
    auto id = std::make_shared<std::string>();
    auto* cmd = app.add_subcommand(
        "history", "Show every commit that added, changed or removed an entry, oldest first");
    g.writes(cmd, {Format::table, Format::json});
    cmd->add_option("ID", *id,
                    "A contribution id (its reviews included), a revenue id, or a review as "
                    "review:CONTRIBUTION-ID:REVIEWER")
        ->required();
    cmd->footer("Each commit is shown with its author, date and signature status (good, bad,\n"
                "unknown key or unsigned; checked against the author's keys as of the parent\n"
                "commit), then the change field by field.\n"
                "Exit status: 0 found, 1 no commit touched ID, 2 usage error, 3 git failure.");
    cmd->callback([&g, id] {
        const Format format = g.output_format();
        const auto events = audit::entry_history(g.ledger_root(), *id);
        if (events.empty())
            throw Error(
                ErrorKind::ledger,
                fmt::format("no commit of this branch added, changed or removed '{}'", *id));
        if (format == Format::json)
            fmt::print("{}", history_json(events));
        else
            fmt::print("{}", history_text(events, g.color_on(1)));
    });
}

} // namespace coop::cli
