// coop validate: every file, every rule; all problems at once.
#include <fmt/format.h>

#include "diagnostics_output.hpp"
#include "globals.hpp"
#include "number_text.hpp"
#include "validate/validate.hpp"

namespace coop::cli {

void setup_validate(CLI::App& app, Globals& g) {
    auto* cmd = app.add_subcommand("validate", "Check every file of the ledger against every rule");
    g.writes(cmd, {Format::table, Format::json});
    cmd->footer("Prints each problem as path:line:col: error: message, all of them in one run.\n"
                "Exit status: 0 when the ledger is valid (warnings allowed), 1 when it has "
                "errors.");
    cmd->callback([&g] {
        const auto root = g.ledger_root();
        Diagnostics diags;
        const Ledger ledger = load_ledger(root, diags, g.read_options());
        if (g.output_format() == Format::json) {
            fmt::print("{}", diagnostics_json(diags));
        } else {
            print_diagnostics(stderr, diags, root, g.color_on(2));
            if (!g.quiet) {
                if (diags.has_errors())
                    fmt::print(stderr, "{} in {}\n", count_problems(diags),
                               count_text(ledger.files.size(), "file"));
                else
                    fmt::print(
                        "ok: {}, {}, {}, {}, {} ({})\n", count_text(ledger.files.size(), "file"),
                        count_text(ledger.members.size(), "member"),
                        count_text(ledger.contributions.size(), "contribution"),
                        count_text(ledger.reviews.size(), "review"),
                        count_text(ledger.revenue.size(), "revenue entry", "revenue entries"),
                        count_problems(diags));
            }
        }
        g.exit_code = diags.has_errors() ? 1 : 0;
    });
}

} // namespace coop::cli
