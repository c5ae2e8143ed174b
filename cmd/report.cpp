// coop report [--year Y | --period P] [--member H] [--by ...] [--html DIR]:
// the books over periods, a member's statement, or the transparency page.
#include <memory>

#include <fmt/format.h>

#include "globals.hpp"
#include "governance/count.hpp"
#include "governance/vote_history.hpp"
#include "ledger_load.hpp"
#include "model/error.hpp"
#include "report_output.hpp"
#include "write/when.hpp"

namespace coop::cli {

namespace {

struct ReportArgs {
    int year = 0;
    std::string period;
    std::string member;
    std::string by = "period";
    std::string html;
    CLI::Option* year_option = nullptr;
    CLI::Option* period_option = nullptr;
};

// The proposals that have not passed, counted as of today like coop proposals.
std::vector<OpenProposal> open_proposals(const LoadedLedger& loaded) {
    const Ledger& l = loaded.ledger;
    std::vector<OpenProposal> out;
    if (l.proposals.empty()) return out;
    const auto history = read_vote_history(loaded.root);
    const StaleStances stale = history ? history->stale(l) : StaleStances{};
    const Activity activity(l);
    const Date today = local_today();
    for (const Proposal& p : l.proposals) {
        const ProposalCount c = count_proposal(
            l, activity, p, governance_for(l, p, history ? &*history : nullptr), today, stale);
        if (c.passed) continue;
        out.push_back({std::string(p.id), std::string(p.title), std::string(p.proposer),
                       std::string(change_kind_name(p.kind)), p.date,
                       static_cast<int>(c.voters.size()), c.consents, c.objections, c.abstentions});
    }
    return out;
}

ReportBy parse_by(const std::string& by) {
    if (by == "member") return ReportBy::member;
    if (by == "project") return ReportBy::project;
    if (by == "kind") return ReportBy::kind;
    return ReportBy::period;
}

void run_report(const Globals& g, const ReportArgs& args) {
    const bool html = !args.html.empty();
    const Format format = g.output_format();
    ReportRequest request;
    if (args.year_option->count() > 0) request.span.year = args.year;
    if (args.period_option->count() > 0) request.span.period = parse_period_option(args.period);
    request.member = args.member;
    request.by = parse_by(args.by);
    request.concentration = html || format == Format::json;
    const LoadedLedger loaded = load_valid_ledger(g);
    show_warnings(g, loaded, request.span.period);
    ReportView view{compute_report(loaded.ledger, request), loaded.ledger.policy.name, {}};
    if (view.report.periods.empty() && !html) {
        say_nothing_to_show(g, "report");
        return;
    }
    if (html || format == Format::json) view.proposals = open_proposals(loaded);
    if (html) {
        // With -C the folder is named in full: it is not where the user is.
        const std::string site = g.directory.empty() ? args.html : g.typed_path(args.html).string();
        const std::vector<std::string> files = write_report_site(view, site);
        if (!g.quiet)
            fmt::print(stderr, "coop: wrote {} files to {} (open {}/index.html)\n", files.size(),
                       site, site);
        return;
    }
    switch (format) {
    case Format::table:
        fmt::print("{}", report_text(view, g.color_on(1)));
        break;
    case Format::markdown:
        fmt::print("{}", report_markdown(view));
        break;
    case Format::csv:
        fmt::print("{}", report_csv(view));
        break;
    case Format::json:
    case Format::yaml:
        fmt::print("{}", report_json(view));
        break;
    }
}

} // namespace

void setup_report(CLI::App& app, Globals& g) {
    auto args = std::make_shared<ReportArgs>();
    auto* cmd = app.add_subcommand("report", "Show the books over periods, a member's statement, "
                                             "or write the transparency page");
    g.writes(cmd, {Format::table, Format::csv, Format::json, Format::markdown});
    args->year_option =
        cmd->add_option("--year", args->year, "The co-op's periods of that year, like 2026")
            ->option_text("YEAR")
            ->check(CLI::Range(1, 9999));
    args->period_option =
        cmd->add_option("--period", args->period,
                        "One period: a month like 2026-11 or a quarter like 2026-Q4")
            ->option_text("PERIOD")
            ->excludes(args->year_option);
    auto* member = cmd->add_option("--member", args->member,
                                   "One member's statement: each period's time, earned, paid "
                                   "and balance, with the totals")
                       ->option_text("HANDLE");
    auto* by = cmd->add_option("--by", args->by,
                               "One line per period (default), member, project or kind, summed "
                               "over the periods")
                   ->option_text("period|member|project|kind")
                   ->check(CLI::IsMember({"period", "member", "project", "kind"}))
                   ->excludes(member);
    cmd->add_option("--html", args->html,
                    "Write the transparency page into DIR: index.html, a page per period and "
                    "per member, style.css; readable without script or network")
        ->option_text("DIR")
        ->excludes(member)
        ->excludes(by);
    cmd->footer(
        "Without --year or --period: every period of the co-op's cadence from the first with\n"
        "an entry to the latest. Each period is its payout (coop payout): a closed one from\n"
        "its statement, an open one as closing the periods before it in order would give.\n"
        "\n"
        "Columns: time and points of the period's contributions; income and expenses\n"
        "booked; earned by members (shares and commissions) and paid to them; the reserve\n"
        "and the cash the co-op holds after the period (cash = income - expenses - paid so\n"
        "far = reserve + members' unpaid balances - deficit). Totals add the flows and show\n"
        "the last period's reserve and cash.\n"
        "\n"
        "--by project: each project's time and points, and for a project with a pool (an\n"
        "income or expense entry naming it) its income, expenses, reserve and what it\n"
        "paid into members' earnings. --by kind: time and points only (a kind has no money).\n"
        "\n"
        "Formats (--format): table, markdown, csv (exact: minutes, points, amounts), json\n"
        "(every figure, with each period's concentration of earnings as coop monitor\n"
        "measures it and the open proposals). The page's numbers are the JSON's.\n"
        "\n"
        "Exit status: 0 fine, 1 the ledger has errors, 2 usage error, 3 I/O error.");
    cmd->callback([&g, args] { run_report(g, *args); });
}

} // namespace coop::cli
