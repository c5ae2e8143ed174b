// coop show ID: one contribution, its reviews and what they make of it, and
// the commits that wrote it.
#include <fmt/format.h>

#include "audit/history.hpp"
#include "entry_change_text.hpp"
#include "globals.hpp"
#include "ledger_load.hpp"
#include "model/duration.hpp"
#include "model/error.hpp"
#include "number_text.hpp"
#include "option_names.hpp"
#include "read/entry_texts.hpp"
#include "reviewing/contribution_view.hpp"
#include "util/fixed_point.hpp"
#include "util/json.hpp"

namespace coop::cli {

namespace {

std::string_view standing_text(ReviewStanding s) {
    switch (s) {
    case ReviewStanding::counted:
        return "";
    case ReviewStanding::by_contributor:
        return "not counted: the contributor's own review";
    case ReviewStanding::not_a_member:
        return "not counted: the reviewer was not a member on its date";
    case ReviewStanding::second_review:
        return "not counted: a second review by the same reviewer";
    }
    return "";
}

std::string_view aggregate_name(Aggregate a) {
    switch (a) {
    case Aggregate::median:
        return "median";
    case Aggregate::mean:
        return "mean";
    case Aggregate::trimmed_mean:
        return "trimmed mean";
    }
    return "";
}

// The history, or why there is none (a ledger outside git has no history).
struct HistoryPart {
    std::vector<audit::HistoryEvent> events;
    std::string missing;
};

HistoryPart history_of(const Globals& g, const std::string& id) {
    HistoryPart h;
    try {
        h.events = audit::entry_history(g.ledger_root(), id);
    } catch (const Error& e) {
        h.missing = spell_options(e.what());
    }
    return h;
}

std::string show_text(const Ledger& l, const ContributionView& v, EntryTexts& texts,
                      const HistoryPart& history, bool color) {
    const Contribution& c = l.contributions[v.contribution];
    const ContributionText& text = texts.contribution(v.contribution);
    const ScoredContribution& s = v.scored;
    const ReviewPolicy& review = v.policy.review;
    const std::string bold = color ? "\x1b[1m" : "", plain = color ? "\x1b[0m" : "";
    std::string out = fmt::format("{}contribution {}{}\n", bold, l.name(c.id), plain);
    out += fmt::format("member:    {}\n", l.name(c.member));
    out += fmt::format(
        "date:      {} (period {}, {})\n", format_date(c.date), format_period(v.period),
        v.closed ? "closed" : fmt::format("open; reviews until {}", format_date(v.window_ends)));
    out += fmt::format("time:      {}\n", format_duration(c.minutes));
    out += fmt::format("kind:      {} (weight {})\n", l.name(c.kind),
                       format_fixed_trimmed(s.weight, weight_places));
    out +=
        fmt::format("project:   {}\n", c.project ? l.name(c.project) : "(none: the general pool)");
    out += fmt::format("summary:   {}\n", text.summary);
    for (const std::string& ref : text.refs)
        out += fmt::format("ref:       {}\n", ref);
    out += fmt::format("reviews:   {} counted, {} needed\n", s.reviews.size(), review.min_reviews);
    for (const ShownReview& r : v.reviews) {
        const auto index = static_cast<std::uint32_t>(r.review - l.reviews.data());
        out += fmt::format("  {}  {}  {}", format_date(r.review->date), l.name(r.review->reviewer),
                           r.review->score);
        if (const std::string& comment = texts.comment(index); !comment.empty())
            out += fmt::format("  \"{}\"", comment);
        if (r.standing != ReviewStanding::counted)
            out += fmt::format("  ({})", standing_text(r.standing));
        out += "\n";
    }
    if (s.reviewed)
        out += fmt::format("aggregate: {} ({} of {})\n", rounded_trimmed_text(*s.aggregate, 6),
                           aggregate_name(review.aggregate), count_text(s.reviews.size(), "score"));
    else
        out += fmt::format("aggregate: none yet: fewer than {} reviews, so the unreviewed factor\n",
                           review.min_reviews);
    out += fmt::format("factor:    {}\n", format_fixed(s.factor, factor_places));
    out += fmt::format("points:    {} (minutes x weight x factor)\n", points_text(s.points));
    if (!history.missing.empty())
        out += fmt::format("history:   none ({})\n", history.missing);
    else
        out += "history:\n" + history_text(history.events, color);
    return out;
}

std::string show_json(const Ledger& l, const ContributionView& v, EntryTexts& texts,
                      const HistoryPart& history) {
    const Contribution& c = l.contributions[v.contribution];
    const ContributionText& text = texts.contribution(v.contribution);
    const ScoredContribution& s = v.scored;
    std::string refs = "[";
    for (std::size_t i = 0; i < text.refs.size(); ++i)
        refs += (i ? ", " : "") + json_string(text.refs[i]);
    refs += "]";
    std::string reviews = "[";
    for (std::size_t i = 0; i < v.reviews.size(); ++i) {
        const ShownReview& r = v.reviews[i];
        const auto index = static_cast<std::uint32_t>(r.review - l.reviews.data());
        const std::string& comment = texts.comment(index);
        reviews += fmt::format(
            "{}\n  {{\"reviewer\": {}, \"date\": {}, \"score\": {}, \"comment\": {}, "
            "\"counted\": {}, \"reason\": {}}}",
            i ? "," : "", json_string(l.name(r.review->reviewer)),
            json_string(format_date(r.review->date)), r.review->score,
            comment.empty() ? "null" : json_string(comment),
            r.standing == ReviewStanding::counted ? "true" : "false",
            r.standing == ReviewStanding::counted ? "null"
                                                  : json_string(standing_text(r.standing)));
    }
    reviews += v.reviews.empty() ? "]" : "\n ]";
    std::string history_value = history.missing.empty() ? history_json(history.events) : "null";
    while (!history_value.empty() && history_value.back() == '\n')
        history_value.pop_back();
    return fmt::format(
        "{{\"id\": {}, \"member\": {}, \"date\": {}, \"period\": {}, \"closed\": {}, "
        "\"window_ends\": {}, \"minutes\": {}, \"kind\": {}, \"weight\": {}, \"project\": {}, "
        "\"summary\": {}, \"refs\": {},\n \"reviews\": {},\n \"reviewed\": {}, \"aggregate\": {}, "
        "\"factor\": {}, \"points\": {},\n \"history\": {}}}\n",
        json_string(l.name(c.id)), json_string(l.name(c.member)), json_string(format_date(c.date)),
        json_string(format_period(v.period)), v.closed ? "true" : "false",
        json_string(format_date(v.window_ends)), c.minutes, json_string(l.name(c.kind)),
        json_string(format_fixed_trimmed(s.weight, weight_places)),
        c.project ? json_string(l.name(c.project)) : "null", json_string(text.summary), refs,
        reviews, s.reviewed ? "true" : "false",
        s.aggregate ? json_string(rounded_trimmed_text(*s.aggregate, 6)) : "null",
        json_string(format_fixed(s.factor, factor_places)), json_string(points_text(s.points)),
        history_value);
}

void show_contribution(const Globals& g, const std::string& id) {
    const Format format = g.output_format();
    const LoadedLedger loaded = load_valid_ledger(g);
    const Ledger& ledger = loaded.ledger;
    const std::uint32_t index = ledger.find_contribution(id);
    if (index == no_entry) {
        const auto near = nearest_contribution_id(ledger, id);
        throw Error(ErrorKind::ledger,
                    near ? fmt::format("no contribution '{}'; did you mean '{}'?", id, *near)
                         : fmt::format("no contribution '{}'; 'coop tally' lists a period's "
                                       "contributions with their ids",
                                       id));
    }
    const ContributionView view = view_contribution(ledger, index);
    show_warnings(g, loaded, view.period);
    EntryTexts texts(ledger);
    const HistoryPart history = history_of(g, id);
    if (format == Format::json)
        fmt::print("{}", show_json(ledger, view, texts, history));
    else
        fmt::print("{}", show_text(ledger, view, texts, history, g.color_on(1)));
}

} // namespace

void setup_show(CLI::App& app, Globals& g) {
    auto id = std::make_shared<std::string>();
    auto* cmd = app.add_subcommand(
        "show", "Show one contribution with its reviews, factor, points and history");
    g.writes(cmd, {Format::table, Format::json});
    cmd->add_option("ID", *id, "The contribution's id, as coop log printed it")->required();
    cmd->footer(
        "Shows the contribution's fields, summary and refs; every review naming it, with\n"
        "its score and comment, and why one does not count (the contributor's own, a\n"
        "reviewer not a member on its date, a second review); the aggregate, factor and\n"
        "points as its period's payout counts them (a closed period under the policy its\n"
        "statement records); then every commit that wrote it or its reviews, as coop\n"
        "history shows them (none outside git).\n"
        "\n"
        "Formats (--format): table (text) and json: {\"id\", \"member\", \"date\", \"period\",\n"
        "\"closed\", \"window_ends\", \"minutes\", \"kind\", \"weight\", \"project\", "
        "\"summary\",\n"
        "\"refs\", \"reviews\": [{\"reviewer\", \"date\", \"score\", \"comment\", \"counted\",\n"
        "\"reason\"}], \"reviewed\", \"aggregate\", \"factor\", \"points\", \"history\" (as coop\n"
        "history --format json, null outside git)}; weight, aggregate, factor and points\n"
        "as exact decimal strings.\n"
        "\n"
        "Exit status: 0 shown, 1 no such contribution or the ledger has errors, 2 usage error.");
    cmd->callback([&g, id] { show_contribution(g, *id); });
}

} // namespace coop::cli
