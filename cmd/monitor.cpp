// coop monitor [--period P] [--strict] [--flagged]: the fairness statistics of
// SPEC 7 for a period, each with the evidence behind its flags. Advisory.
#include <fmt/format.h>

#include "audit/entry_commits.hpp"
#include "globals.hpp"
#include "ledger_load.hpp"
#include "model/error.hpp"
#include "monitor/monitor.hpp"
#include "monitor_output.hpp"

namespace coop::cli {

namespace {

struct MonitorArgs {
    std::string period;
    bool strict = false;
    bool flagged = false;
    CLI::Option* period_option = nullptr;
};

void show_monitor(Globals& g, const MonitorArgs& args) {
    const Format format = g.output_format();
    std::optional<Period> asked;
    if (args.period_option->count() > 0) asked = parse_period_option(args.period);
    const LoadedLedger loaded = load_valid_ledger(g);
    const Ledger& ledger = loaded.ledger;
    const std::optional<Period> period = choose_period(asked, ledger);
    show_warnings(g, loaded, period);
    if (!period) {
        say_nothing_to_show(g, "monitor");
        return;
    }
    const audit::EntryCommits commits = audit::entries_added(loaded.root, *period);
    const monitor::MonitorReport report = monitor::compute_monitor(ledger, *period, commits);
    switch (format) {
    case Format::markdown:
        fmt::print("{}", monitor_markdown(report, ledger, args.flagged));
        break;
    case Format::csv:
        fmt::print("{}", monitor_csv(report, ledger));
        break;
    case Format::json:
        fmt::print("{}", monitor_json(report, ledger));
        break;
    default:
        fmt::print("{}", monitor_text(report, ledger, args.flagged, g.color_on(1)));
        break;
    }
    if (args.strict && report.flag_count() > 0) g.exit_code = 1;
}

} // namespace

void setup_monitor(CLI::App& app, Globals& g) {
    auto args = std::make_shared<MonitorArgs>();
    auto* cmd = app.add_subcommand(
        "monitor", "Show reciprocity, reviewer bias and focus, outlying hours, backdating, "
                   "self-dealing and concentration of a period, with the evidence of each flag");
    g.writes(cmd, {Format::table, Format::csv, Format::json, Format::markdown});
    args->period_option =
        cmd->add_option("--period", args->period,
                        "A month like 2026-11 or a quarter like 2026-Q4, whatever the co-op's "
                        "cadence (default: the latest period of its cadence with an entry)")
            ->option_text("PERIOD");
    cmd->add_flag("--strict", args->strict, "Exit with status 1 when anything is flagged (for CI)");
    cmd->add_flag("--flagged", args->flagged,
                  "Show only the flagged rows and their evidence (table and markdown)");
    cmd->footer(
        "Advisory: the monitor never changes pay. Thresholds come from coop.yaml monitor:\n"
        "  reciprocity: {reviews: 3, margin: 1}   bias: {difference: 1, reviews: 8}\n"
        "  focus: {hhi: 0.5, reviews: 8}          hours: 5 (times the MAD)\n"
        "  backdating: 30d                        self-dealing: 80%\n"
        "  gini: none (a decimal from 0 to 1 flags a Gini at least that)\n"
        "Figures are exact fractions shown to 4 decimals (Theil alone is floating point,\n"
        "and never flagged). Backdating needs the ledger's git history; without it the\n"
        "statistic says it was skipped.\n"
        "\n"
        "Formats (--format): table, markdown (for a job summary), csv (one row per flag:\n"
        "period, statistic, member, entry, value, threshold) and json (every statistic with\n"
        "its evidence; see man coop-monitor).\n"
        "\n"
        "A ledger with errors is refused: run coop validate.\n"
        "Exit status: 0 fine (flags or not, unless --strict), 1 the ledger has errors or\n"
        "--strict found a flag, 2 usage error, 3 I/O or git failure.");
    cmd->callback([&g, args] { show_monitor(g, *args); });
}

} // namespace coop::cli
