// coop close PERIOD [--commit]: write the payout statement of a period that is
// over, and with --commit commit it and tag the commit coop/PERIOD.
#include <fmt/format.h>

#include "close/close_period.hpp"
#include "globals.hpp"
#include "ledger_load.hpp"
#include "write/when.hpp"

namespace coop::cli {

namespace {

struct CloseArgs {
    std::string period;
    bool commit = false;
    bool force = false;
};

} // namespace

void setup_close(CLI::App& app, Globals& g) {
    auto args = std::make_shared<CloseArgs>();
    auto* cmd = app.add_subcommand(
        "close", "Close a period: write its payout statement to payouts/PERIOD.yaml");
    cmd->add_option("PERIOD", args->period,
                    "A period of the co-op's cadence that is over: a month like 2026-11, or a "
                    "quarter like 2026-Q4 for a quarterly co-op")
        ->required();
    cmd->add_flag("--commit", args->commit,
                  "Commit the statement (and nothing else; signed when signed-commits is on) "
                  "and tag the commit coop/PERIOD (annotated, tagged by git's user)");
    cmd->add_flag("--force", args->force,
                  "Close before review.window has passed since the period's end, freezing the "
                  "contributions that have fewer than min-reviews reviews at the unreviewed "
                  "factor");
    cmd->footer(
        "Periods close in order, from the one with the ledger's first entry: each starts from\n"
        "what the one before carried out (the reserve, a deficit, members' unpaid balances).\n"
        "A period can be closed once review.window (coop.yaml, 7d if not set) has passed\n"
        "since its end, so its contributions can still be reviewed; before that, coop close\n"
        "lists the contributions that closing would freeze at the unreviewed factor.\n"
        "\n"
        "The statement holds the period, the policy in force, what was carried in, every\n"
        "pool, every member's time, points, earnings, balance and pay, the totals, what is\n"
        "carried out, and computed-from: the HEAD commit of the ledger it was computed from,\n"
        "so the ledger files must have no uncommitted changes. Once the statement exists, the\n"
        "period's entries and the reviews of its contributions are final: coop validate\n"
        "rejects new or changed ones, and coop audit reports any commit that touches them.\n"
        "Exit status: 0 closed, 1 the ledger has errors or the period cannot be closed\n"
        "(not over, before the first entry, an earlier period open, inside the review\n"
        "window, already closed, uncommitted changes), 2 usage error, 3 I/O or git failure.");
    cmd->callback([&g, args] {
        const Period period = parse_period_option(args->period);
        const LoadedLedger loaded = load_valid_ledger(g);
        show_warnings(g, loaded, period);
        const CloseResult r = close_period(loaded.root, loaded.ledger,
                                           {period, local_today(), args->commit, args->force});
        const std::string name = format_period(period);
        for (const Unreviewed& u : r.unreviewed)
            fmt::print(stderr,
                       "coop: warning: {} by {} is frozen with {} valid review{}, at the "
                       "unreviewed factor\n",
                       u.id, u.member, u.reviews, u.reviews == 1 ? "" : "s");
        if (g.quiet) return;
        fmt::print("{}: the statement of {}, computed from {}\n", r.path, name,
                   r.computed_from.substr(0, 7));
        if (args->commit)
            fmt::print("committed {} and tagged it {}\n", r.commit.substr(0, 7), r.tag);
        else
            fmt::print(stderr,
                       "coop: check it, then commit and tag it: git add {0} && git commit -m "
                       "\"Close {1}\" && git tag -a coop/{1} -m \"Payout statement of {1}\"\n",
                       r.path, name);
    });
}

} // namespace coop::cli
