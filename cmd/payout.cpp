// coop payout [--period P] [--check FILE]: the payout table of a period, or a
// statement checked against the ledger.
#include <fmt/format.h>

#include "globals.hpp"
#include "ledger_load.hpp"
#include "payout_check.hpp"
#include "payout_output.hpp"
#include "statement/chain.hpp"
#include "statement/statement.hpp"

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
    PayoutChain chain(ledger);
    const PeriodPayout payout = chain.payout(*period);
    switch (format) {
    case Format::table:
        fmt::print("{}", payout_text(payout, g.color_on(1)));
        break;
    case Format::markdown:
        fmt::print("{}", payout_markdown(payout));
        break;
    case Format::csv:
        fmt::print("{}", payout_csv(payout));
        break;
    case Format::json:
        fmt::print("{}", payout_json(payout.table, payout.policy));
        break;
    case Format::yaml:
        fmt::print("{}", statement_yaml(make_statement(payout.table, payout.policy)));
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
        "Each period starts from what the one before carried out (the reserve, a deficit,\n"
        "members' unpaid balances): read from its statement when it is closed, computed\n"
        "when it is open. A closed period is computed under the policy its statement\n"
        "records, whatever coop.yaml says now.\n"
        "\n"
        "Formats (--format):\n"
        "  table     what was carried in; per member time, points (to 2 decimals),\n"
        "            commission, earned, balance (carried in + earned) and paid; the pools;\n"
        "            the three reconciliation lines: the period's money, the balances, and\n"
        "            the cash that should be in the bank\n"
        "  markdown  the same as GitHub tables, for a pull request or a job summary\n"
        "  csv       the same blocks, exact, each with its header row and the period\n"
        "            first, an empty line between them: members (minutes and points as\n"
        "            numbers, every amount of the JSON), pools, carried in and out, and\n"
        "            the three identities (left, right, holds)\n"
        "  json      {period, currency, carried-in, pools, members, totals, carried-out}:\n"
        "            amounts as strings with the currency's decimals, points as exact\n"
        "            decimal strings; a project pool without work in the period is left\n"
        "            out of pools, its money being in the general pool's\n"
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
