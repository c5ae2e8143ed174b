// coop tally [--period P] [--by contribution|member|reviewer]: review
// aggregates, factors and points, and how reviewers compare.
#include <fmt/format.h>

#include "globals.hpp"
#include "ledger_load.hpp"
#include "model/error.hpp"
#include "payout/tally.hpp"
#include "tally_output.hpp"

namespace coop::cli {

namespace {

struct TallyArgs {
    std::string period;
    std::string by = "contribution";
    CLI::Option* period_option = nullptr;
};

TallyBy by_of(const std::string& by) {
    if (by == "member") return TallyBy::member;
    if (by == "reviewer") return TallyBy::reviewer;
    return TallyBy::contribution;
}

void show_tally(const Globals& g, const TallyArgs& args) {
    const Format format = g.output_format();
    std::optional<Period> asked;
    if (args.period_option->count() > 0) asked = parse_period_option(args.period);
    const TallyBy by = by_of(args.by);
    const LoadedLedger loaded = load_valid_ledger(g);
    const Ledger& ledger = loaded.ledger;
    const std::optional<Period> period = choose_period(asked, ledger);
    show_warnings(g, loaded, period);
    if (!period) {
        say_nothing_to_show(g, "tally");
        return;
    }
    const Tally tally = compute_tally(ledger, *period);
    const TallyView view =
        by == TallyBy::contribution ? tally_view(tally, ledger) : TallyView{tally, {}};
    switch (format) {
    case Format::markdown:
        fmt::print("{}", tally_markdown(view, ledger, by));
        break;
    case Format::csv:
        fmt::print("{}", tally_csv(view, by));
        break;
    case Format::json:
        fmt::print("{}", tally_json(view, by));
        break;
    default:
        fmt::print("{}", tally_text(view, ledger, by, g.color_on(1)));
        break;
    }
}

} // namespace

void setup_tally(CLI::App& app, Globals& g) {
    auto args = std::make_shared<TallyArgs>();
    auto* cmd = app.add_subcommand("tally", "Show review scores, factors and points of a period");
    g.writes(cmd, {Format::table, Format::csv, Format::json, Format::markdown});
    args->period_option =
        cmd->add_option("--period", args->period,
                        "A month like 2026-11 or a quarter like 2026-Q4, whatever the co-op's "
                        "cadence (default: the latest period of its cadence with an entry)")
            ->option_text("PERIOD");
    cmd->add_option("--by", args->by,
                    "contribution: each one's reviews, aggregate, factor, points and summary "
                    "(default); "
                    "member: each member's time, contributions and points; reviewer: how each "
                    "reviewer's scores differ from the other reviewers' of the same work")
        ->check(CLI::IsMember({"contribution", "member", "reviewer"}))
        ->option_text("WHAT");
    cmd->footer(
        "A review counts when its reviewer was a member on its date and is not the\n"
        "contributor, one per reviewer. Aggregates are shown rounded half to even to at most\n"
        "6 decimals (medians are exact); factors have 6 decimals, as the payout uses them;\n"
        "mean differences are rounded half to even to 2.\n"
        "\n"
        "Formats (--format): table, markdown, csv (the table without its total row) and\n"
        "json: {\"period\": ..., \"contributions\" | \"members\" | \"reviewers\": [...]},\n"
        "summaries cut to 32 characters in the table and markdown, whole in csv and json;\n"
        "numbers of minutes and counts as numbers, points, factors and aggregates as exact\n"
        "decimal strings, and null for an aggregate below min-reviews or a mean difference\n"
        "with nothing to compare.\n"
        "\n"
        "A ledger with errors is refused: run coop validate. COOP_THREADS sets how many\n"
        "threads read the ledger (default: one per core).\n"
        "Exit status: 0 fine, 1 the ledger has errors, 2 usage error, 3 I/O error.");
    cmd->callback([&g, args] { show_tally(g, *args); });
}

} // namespace coop::cli
