// coop payout [--period P] [--check FILE]: the payout table of a period, or a
// statement checked against the ledger.
#include <fmt/format.h>

#include "globals.hpp"
#include "ledger_load.hpp"
#include "payout/payout.hpp"
#include "payout/statement.hpp"
#include "payout_check.hpp"
#include "payout_output.hpp"

namespace coop::cli {

namespace {

struct PayoutArgs {
    std::string period;
    std::string check;
    CLI::Option* period_option = nullptr;
};

void show_payout(const Globals& g, const PayoutArgs& args) {
    const Format format = g.output_format();
    std::optional<Period> asked;
    if (args.period_option->count() > 0) asked = parse_period_option(args.period);
    const LoadedLedger loaded = load_valid_ledger(g);
    const Ledger& ledger = loaded.ledger;
    const std::optional<Period> period = choose_period(asked, ledger);
    show_warnings(g, loaded, period);
    if (!period) {
        say_nothing_to_show(g, "payout");
        return;
    }
    const PayoutTable table = compute_payout(ledger, *period);
    switch (format) {
    case Format::table:
        fmt::print("{}", payout_text(table, ledger.policy, g.color_on(1)));
        break;
    case Format::markdown:
        fmt::print("{}", payout_markdown(table, ledger.policy));
        break;
    case Format::csv:
        fmt::print("{}", payout_csv(table, ledger.policy));
        break;
    case Format::json:
        fmt::print("{}", payout_json(table, ledger.policy));
        break;
    case Format::yaml:
        fmt::print("{}", statement_yaml(make_statement(table, ledger.policy)));
        break;
    }
}

} // namespace

void setup_payout(CLI::App& app, Globals& g) {
    auto args = std::make_shared<PayoutArgs>();
    auto* cmd = app.add_subcommand("payout", "Show who is paid what for a period, with the pools, "
                                             "the reserve and the reconciliation");
    g.writes(cmd, {Format::table, Format::csv, Format::json, Format::markdown, Format::yaml});
    args->period_option =
        cmd->add_option("--period", args->period,
                        "A month like 2026-11 or a quarter like 2026-Q4, whatever the co-op's "
                        "cadence (default: the latest period of its cadence with an entry)")
            ->option_text("PERIOD");
    cmd->add_option("--check", args->check,
                    "Recompute the statement FILE (payouts/PERIOD.yaml) from the ledger and fail "
                    "on any difference")
        ->option_text("FILE")
        ->excludes(args->period_option);
    cmd->footer(
        "Formats (--format):\n"
        "  table     the member table, the pools and the reconciliation: paid + reserve =\n"
        "            income - expenses (+ deficit), to the minor unit\n"
        "  markdown  the same as GitHub tables, for a pull request or a job summary\n"
        "  csv       the member table only, one row per member (minutes as a number,\n"
        "            share_percent without the sign); pools and reconciliation are in\n"
        "            the other formats\n"
        "  json      {period, currency, pools, members, totals}: amounts as strings with\n"
        "            the currency's decimals, points as exact decimal strings; a project\n"
        "            pool without work in the period is left out of pools, its money being\n"
        "            in the general pool's\n"
        "  yaml      the statement coop close writes to payouts/PERIOD.yaml (save it\n"
        "            elsewhere, then move it there: coop reads payouts/ too)\n"
        "\n"
        "A ledger with errors is refused: run coop validate. COOP_THREADS sets how many\n"
        "threads read the ledger (default: one per core); the output never depends on it.\n"
        "Exit status: 0 fine, 1 the ledger has errors or --check found a difference,\n"
        "2 usage error, 3 I/O error.");
    cmd->callback([&g, args] {
        if (!args->check.empty())
            check_statement(g, args->check);
        else
            show_payout(g, *args);
    });
}

} // namespace coop::cli
