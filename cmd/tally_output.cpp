// coop tally as a terminal table, Markdown and CSV.
#include "tally_output.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "model/duration.hpp"
#include "number_text.hpp"
#include "read/entry_texts.hpp"
#include "table_output.hpp"
#include "util/fixed_point.hpp"

namespace coop::cli {

namespace {

// Terminal and Markdown cells are for reading; CSV cells are for programs.
enum class Cells { reading, data };

std::string scores(const ScoredContribution& s) {
    if (s.reviews.empty()) return "-";
    std::string out;
    for (const Review* r : s.reviews)
        out += (out.empty() ? "" : ",") + std::to_string(r->score);
    return out;
}

// The width a summary is cut to in the terminal and Markdown tables.
constexpr std::size_t summary_width = 32;

Table contribution_table(const TallyView& view, Cells cells) {
    const Tally& t = view.tally;
    const bool data = cells == Cells::data;
    Table out;
    if (data)
        out.columns = {{"id"},        {"member"},  {"date"},    {"kind"},
                       {"project"},   {"summary"}, {"minutes"}, {"reviews"},
                       {"aggregate"}, {"factor"},  {"points"}};
    else
        out.columns = {{"id"},
                       {"member"},
                       {"kind"},
                       {"time", Align::right},
                       {"reviews"},
                       {"aggregate", Align::right},
                       {"factor", Align::right},
                       {"points", Align::right},
                       {"summary"}};
    std::int64_t minutes = 0;
    int128 points = 0;
    for (std::size_t i = 0; i < t.contributions.size(); ++i) {
        const ScoredContribution& s = t.contributions[i];
        const std::string& summary = view.summaries[i];
        const Contribution& c = *s.contribution;
        const SymbolTable& n = *t.names;
        const std::string aggregate = s.reviewed ? rounded_trimmed_text(*s.aggregate, 6)
                                      : data     ? ""
                                                 : "unreviewed";
        const std::string factor = format_fixed(s.factor, factor_places);
        if (data)
            out.rows.push_back({std::string(n[c.id]), std::string(n[c.member]), format_date(c.date),
                                std::string(n[c.kind]), std::string(n[c.project]), summary,
                                std::to_string(c.minutes), s.reviews.empty() ? "" : scores(s),
                                aggregate, factor, points_text(s.points)});
        else
            out.rows.push_back({std::string(n[c.id]), std::string(n[c.member]),
                                std::string(n[c.kind]), format_duration(c.minutes), scores(s),
                                aggregate, factor, points_text(s.points),
                                truncated(summary, summary_width)});
        minutes += c.minutes;
        points += s.points;
    }
    out.footer.push_back(
        {"total", "", "", format_duration(minutes), "", "", "", points_text(points)});
    return out;
}

Table member_table(const Tally& t, Cells cells) {
    const bool data = cells == Cells::data;
    Table out;
    out.columns = {{"member"},
                   {data ? "minutes" : "time", Align::right},
                   {"contributions", Align::right},
                   {"reviewed", Align::right},
                   {"points", Align::right}};
    std::int64_t minutes = 0, contributions = 0, reviewed = 0;
    int128 points = 0;
    for (const MemberWork& m : t.members) {
        out.rows.push_back(
            {std::string(m.handle), data ? std::to_string(m.minutes) : format_duration(m.minutes),
             std::to_string(m.contributions), std::to_string(m.reviewed), points_text(m.points)});
        minutes += m.minutes;
        contributions += m.contributions;
        reviewed += m.reviewed;
        points += m.points;
    }
    out.footer.push_back({"total", format_duration(minutes), std::to_string(contributions),
                          std::to_string(reviewed), points_text(points)});
    return out;
}

Table reviewer_table(const Tally& t, Cells cells) {
    const bool data = cells == Cells::data;
    Table out;
    out.columns = {{"reviewer"},
                   {"reviews", Align::right},
                   {"compared", Align::right},
                   {data ? "mean_difference" : "mean difference", Align::right},
                   {data ? "mean_abs_difference" : "mean |difference|", Align::right}};
    std::int64_t reviews = 0, compared = 0;
    for (const ReviewerStats& r : t.reviewers) {
        const bool any = r.compared > 0;
        const std::string none = data ? "" : "-";
        out.rows.push_back({std::string(r.handle), std::to_string(r.reviews),
                            std::to_string(r.compared),
                            any ? rounded_text(r.mean_difference, 2) : none,
                            any ? rounded_text(r.mean_abs_difference, 2) : none});
        reviews += r.reviews;
        compared += r.compared;
    }
    out.footer.push_back({"total", std::to_string(reviews), std::to_string(compared), "", ""});
    return out;
}

Table table_of(const TallyView& view, TallyBy by, Cells cells) {
    switch (by) {
    case TallyBy::member:
        return member_table(view.tally, cells);
    case TallyBy::reviewer:
        return reviewer_table(view.tally, cells);
    case TallyBy::contribution:
        break;
    }
    return contribution_table(view, cells);
}

std::string_view by_name(TallyBy by) {
    switch (by) {
    case TallyBy::member:
        return "member";
    case TallyBy::reviewer:
        return "reviewer";
    case TallyBy::contribution:
        break;
    }
    return "contribution";
}

std::string title(const Tally& t, const Ledger& ledger, TallyBy by) {
    return fmt::format("{}: tally for {}, by {}", ledger.policy.name, format_period(t.period),
                       by_name(by));
}

// What the numbers mean, under the table.
std::vector<std::string> notes(const Ledger& ledger, TallyBy by) {
    const ReviewPolicy& r = ledger.policy.review;
    switch (by) {
    case TallyBy::contribution:
        return {"points = minutes x kind weight x factor",
                fmt::format("factor = aggregate / {} (neutral), rounded to 6 places; {} with "
                            "fewer than {} valid reviews (unreviewed)",
                            r.neutral, format_fixed_trimmed(r.unreviewed_factor, factor_places),
                            r.min_reviews)};
    case TallyBy::member:
        return {"reviewed: contributions with at least " +
                std::to_string(std::max(r.min_reviews, 1)) + " valid reviews"};
    case TallyBy::reviewer:
        return {"difference: a score minus the mean of the other reviewers' scores of the same "
                "contribution",
                "compared: reviews of contributions that other members reviewed too"};
    }
    return {};
}

} // namespace

TallyView tally_view(const Tally& tally, const Ledger& ledger) {
    TallyView view{tally, {}};
    EntryTexts texts(ledger);
    view.summaries.reserve(tally.contributions.size());
    for (const ScoredContribution& s : tally.contributions)
        view.summaries.push_back(texts
                                     .contribution(static_cast<std::uint32_t>(
                                         s.contribution - ledger.contributions.data()))
                                     .summary);
    return view;
}

std::string tally_text(const TallyView& view, const Ledger& ledger, TallyBy by, bool color) {
    const Tally& tally = view.tally;
    const std::string head = title(tally, ledger, by);
    std::string out = color ? "\033[1m" + head + "\033[0m\n\n" : head + "\n\n";
    out += render_text(table_of(view, by, Cells::reading), color) + "\n";
    for (const std::string& note : notes(ledger, by))
        out += note + "\n";
    return out;
}

std::string tally_markdown(const TallyView& view, const Ledger& ledger, TallyBy by) {
    std::string out = "## " + title(view.tally, ledger, by) + "\n\n";
    out += render_markdown(table_of(view, by, Cells::reading)) + "\n";
    for (const std::string& note : notes(ledger, by))
        out += "- " + note + "\n";
    return out;
}

std::string tally_csv(const TallyView& view, TallyBy by) {
    return render_csv(table_of(view, by, Cells::data));
}

} // namespace coop::cli
