// coop proposals: every proposal with its count, like a returning officer's:
// the voters, each stance and whether it counts, and the arithmetic of
// quorum, threshold and time open, so that anyone can check it by hand.
#include <memory>

#include <fmt/format.h>

#include "globals.hpp"
#include "governance/change.hpp"
#include "governance/count.hpp"
#include "governance/vote_history.hpp"
#include "ledger_load.hpp"
#include "model/error.hpp"
#include "number_text.hpp"
#include "util/json.hpp"
#include "write/when.hpp"

namespace coop::cli {

namespace {

struct ProposalsArgs {
    bool open = false;
    std::string on;
    std::vector<std::string> ids;
};

struct Row {
    ProposalCount count;
    std::string status; // open, passed, enacted
    std::optional<std::string> enacted_in;
};

std::string change_text(const Proposal& p) {
    switch (p.kind) {
    case ChangeKind::policy: {
        std::vector<std::string> parts;
        for (const PolicySetting& s : p.settings)
            parts.push_back(fmt::format("{}: {}", s.key, s.value));
        return fmt::format("policy: {}", fmt::join(parts, ", "));
    }
    case ChangeKind::roles:
        return fmt::format("roles: {} becomes [{}]", p.member, fmt::join(p.roles, ", "));
    case ChangeKind::remove:
        return fmt::format("remove: {}, whose last day is {}", p.member, format_date(p.left));
    case ChangeKind::waive:
        return fmt::format("waive: the {} finding of commit {}", p.rule, p.commit);
    }
    return {};
}

std::string days_text(int days) {
    return fmt::format("{}d", days);
}

std::string threshold_arithmetic(const ProposalCount& c) {
    const Share& t = c.rules.threshold;
    const std::int64_t votes = c.consents + c.objections;
    const std::string consents = count_text(c.consents, "consent");
    return fmt::format("{} x {} = {} {} {} x ({} + {}) = {}", consents, t.den, c.consents * t.den,
                       c.threshold_met ? ">=" : "<", t.num, consents,
                       count_text(c.objections, "objection"), t.num * votes);
}

std::string met(bool ok) {
    return ok ? "met" : "not met";
}

void print_text(const Row& row, bool first) {
    const ProposalCount& c = row.count;
    const Proposal& p = *c.proposal;
    const Date from = civil_from_days(days_from_civil(p.date) - c.rules.active_window_days);
    std::string out = first ? "" : "\n";
    out += fmt::format("{}: {}\n", p.id, p.title);
    out += fmt::format("  change      {}\n", change_text(p));
    out += fmt::format("  proposed    by {} on {}{}\n", p.proposer, format_date(p.date),
                       p.reason.empty() ? "" : fmt::format(": {}", p.reason));
    out += fmt::format("  rules       quorum {}, threshold {}, min-open {}, active-window {}\n",
                       share_text(c.rules.quorum), share_text(c.rules.threshold),
                       days_text(c.rules.min_open_days), days_text(c.rules.active_window_days));
    out += fmt::format("  voters      {}: {}\n"
                       "              (members with a contribution or review from {} to {}{})\n",
                       c.voters.size(),
                       c.voters.empty() ? "none" : fmt::format("{}", fmt::join(c.voters, ", ")),
                       format_date(from), format_date(p.date),
                       p.kind == ChangeKind::remove ? fmt::format(", but not {}", p.member) : "");
    for (std::string_view v : c.voters) {
        const CountedStance* s = nullptr;
        for (const CountedStance& x : c.counted)
            if (x.member == v) s = &x;
        if (!s) {
            out += fmt::format("    {:<12} -\n", v);
            continue;
        }
        const std::string why = s->by_proposing ? "by proposing" : std::string(s->reason);
        out += fmt::format("    {:<12} {:<8} {}{}\n", v, stance_name(s->stance),
                           format_date(s->date), why.empty() ? "" : "  " + why);
    }
    for (const SetAside& a : c.set_aside)
        out += fmt::format("    {:<12} {:<8} {}  not counted: {}\n", a.stance->member,
                           stance_name(a.stance->stance), format_date(a.stance->date),
                           uncounted_reason(a.why));
    out += fmt::format("  count       {}, {}, {}, {} without a stance\n",
                       count_text(c.consents, "consent"), count_text(c.objections, "objection"),
                       count_text(c.abstentions, "abstention"), c.silent);
    out +=
        fmt::format("  quorum      {} {} {} needed ({} of {} voters, rounded up, at "
                    "least 1): {}\n",
                    count_text(c.consents, "consent"), c.quorum_met ? ">=" : "<", c.quorum_needed,
                    share_text(c.rules.quorum), c.voters.size(), met(c.quorum_met));
    out += fmt::format("  threshold   {}: {}\n", threshold_arithmetic(c), met(c.threshold_met));
    const bool all = !c.voters.empty() && c.consents == static_cast<int>(c.voters.size());
    out += fmt::format("  open        {} from {} to {} {} {}{}: {}\n",
                       count_text(c.days_open, "day"), format_date(p.date), format_date(c.on),
                       c.days_open >= c.rules.min_open_days ? ">=" : "<", c.rules.min_open_days,
                       all ? ", and every voter consented" : "", met(c.open_long_enough));
    std::string result;
    if (row.status == "enacted")
        result = fmt::format("passed, enacted in {}", row.enacted_in->substr(0, 12));
    else if (row.status == "in effect")
        result = "passed, in effect";
    else if (c.passed)
        result = p.kind == ChangeKind::waive
                     ? "passed: coop audit lists the finding as waived"
                     : fmt::format("passed, not yet enacted: coop enact {} --commit", p.id);
    else
        result = "open";
    out += fmt::format("  result      {}\n", result);
    fmt::print("{}", out);
}

// A JSON string, or null for a text that is not there.
std::string optional_text(std::string_view s) {
    return s.empty() ? "null" : json_string(s);
}

std::string json_row(const Row& row) {
    const ProposalCount& c = row.count;
    const Proposal& p = *c.proposal;
    std::vector<std::string> voters, stances, aside, settings;
    for (std::string_view v : c.voters)
        voters.push_back(json_string(v));
    for (const CountedStance& s : c.counted)
        stances.push_back(fmt::format(
            R"({{"member": {}, "stance": "{}", "date": "{}", "reason": {}, "by-proposing": {}}})",
            json_string(s.member), stance_name(s.stance), format_date(s.date),
            optional_text(s.reason), s.by_proposing ? "true" : "false"));
    for (const SetAside& a : c.set_aside)
        aside.push_back(fmt::format(R"({{"member": {}, "stance": "{}", "date": "{}", "why": {}}})",
                                    json_string(a.stance->member), stance_name(a.stance->stance),
                                    format_date(a.stance->date),
                                    json_string(uncounted_reason(a.why))));
    std::string change;
    switch (p.kind) {
    case ChangeKind::policy:
        for (const PolicySetting& s : p.settings)
            settings.push_back(fmt::format("{}: {}", json_string(s.key), json_string(s.value)));
        change = fmt::format("{{\"policy\": {{{}}}}}", fmt::join(settings, ", "));
        break;
    case ChangeKind::roles: {
        std::vector<std::string> roles;
        for (std::string_view r : p.roles)
            roles.push_back(json_string(r));
        change = fmt::format(R"({{"roles": {{"member": {}, "roles": [{}]}}}})",
                             json_string(p.member), fmt::join(roles, ", "));
        break;
    }
    case ChangeKind::remove:
        change = fmt::format(R"({{"remove": {{"member": {}, "left": "{}"}}}})",
                             json_string(p.member), format_date(p.left));
        break;
    case ChangeKind::waive:
        change = fmt::format(R"({{"waive": {{"commit": {}, "rule": {}}}}})", json_string(p.commit),
                             json_string(p.rule));
        break;
    }
    return fmt::format(
        "{{\"id\": {}, \"title\": {}, \"proposer\": {}, \"date\": \"{}\", \"reason\": {}, "
        "\"change\": {}, \"status\": \"{}\", \"enacted-in\": {}, \"counted-on\": \"{}\", "
        "\"rules\": {{\"quorum\": \"{}\", \"threshold\": \"{}\", \"min-open\": \"{}\", "
        "\"active-window\": \"{}\"}}, \"voters\": [{}], \"stances\": [{}], \"not-counted\": [{}], "
        "\"consents\": {}, \"objections\": {}, \"abstentions\": {}, \"silent\": {}, "
        "\"quorum\": {{\"needed\": {}, \"met\": {}}}, \"threshold\": {{\"met\": {}}}, "
        "\"open\": {{\"days\": {}, \"met\": {}}}, \"passed\": {}}}",
        json_string(p.id), json_string(p.title), json_string(p.proposer), format_date(p.date),
        optional_text(p.reason), change, row.status,
        row.enacted_in ? json_string(*row.enacted_in) : "null", format_date(c.on),
        share_text(c.rules.quorum), share_text(c.rules.threshold), days_text(c.rules.min_open_days),
        days_text(c.rules.active_window_days), fmt::join(voters, ", "), fmt::join(stances, ", "),
        fmt::join(aside, ", "), c.consents, c.objections, c.abstentions, c.silent, c.quorum_needed,
        c.quorum_met ? "true" : "false", c.threshold_met ? "true" : "false", c.days_open,
        c.open_long_enough ? "true" : "false", c.passed ? "true" : "false");
}

} // namespace

void setup_proposals(CLI::App& app, Globals& g) {
    auto args = std::make_shared<ProposalsArgs>();
    auto* cmd = app.add_subcommand("proposals", "List the proposals with their count: voters, "
                                                "stances, quorum and threshold");
    cmd->add_option("ID", args->ids, "Only these proposals");
    cmd->add_flag("--open", args->open, "Only the proposals that have not passed");
    cmd->add_option("--on", args->on,
                    "Count as of DATE (YYYY-MM-DD, today, yesterday; default: today), as an "
                    "auditor recounts a past decision")
        ->type_name("DATE");
    g.writes(cmd, {Format::table, Format::json});
    cmd->footer("Counted as of today, or --on DATE. A stance counts when it is its voter's latest, "
                "dated from "
                "the proposal's date on, and written after the proposal's last change (from "
                "git). Formats: table (default), json.");
    cmd->callback([&g, args] {
        const Format format = g.output_format();
        const LoadedLedger loaded = load_valid_ledger(g);
        const Ledger& l = loaded.ledger;
        for (const std::string& id : args->ids)
            if (!l.find_proposal(id))
                throw Error(ErrorKind::usage,
                            fmt::format("unknown proposal '{}'; coop proposals lists them", id));
        const auto history = read_vote_history(loaded.root);
        const StaleStances stale = history ? history->stale(l) : StaleStances{};
        const Activity activity(l);
        const Date today = date_option(args->on, local_today());
        std::vector<Row> rows;
        for (const Proposal& p : l.proposals) {
            if (!args->ids.empty() &&
                std::find(args->ids.begin(), args->ids.end(), p.id) == args->ids.end())
                continue;
            Row row{count_proposal(l, activity, p,
                                   governance_for(l, p, history ? &*history : nullptr), today,
                                   stale),
                    "open", history ? history->enacted_in(p.id) : std::nullopt};
            if (row.count.passed)
                row.status = row.enacted_in                                          ? "enacted"
                             : p.kind != ChangeKind::waive && change_in_effect(l, p) ? "in effect"
                                                                                     : "passed";
            if (args->open && row.count.passed) continue;
            rows.push_back(std::move(row));
        }
        if (format == Format::json) {
            std::vector<std::string> items;
            for (const Row& r : rows)
                items.push_back(json_row(r));
            fmt::print("[{}{}]\n", items.empty() ? "" : "\n  ", fmt::join(items, ",\n  "));
            return;
        }
        if (rows.empty() && !g.quiet)
            fmt::print(stderr, "coop: no {}proposals\n", args->open ? "open " : "");
        for (std::size_t i = 0; i < rows.size(); ++i)
            print_text(rows[i], i == 0);
    });
}

} // namespace coop::cli
