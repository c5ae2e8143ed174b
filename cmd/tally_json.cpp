// coop tally --format json: {"period": ..., and one array named by --by}.
#include <fmt/format.h>

#include "number_text.hpp"
#include "tally_output.hpp"
#include "util/fixed_point.hpp"
#include "util/json.hpp"

namespace coop::cli {

namespace {

std::string optional_text(bool present, const std::string& text) {
    return present ? json_string(text) : "null";
}

std::string contribution_json(const SymbolTable& n, const ScoredContribution& s,
                              const std::string& summary) {
    const Contribution& c = *s.contribution;
    std::string reviews = "[";
    for (const Review* r : s.reviews)
        reviews +=
            fmt::format("{}{{\"reviewer\": {}, \"score\": {}}}", reviews.size() > 1 ? ", " : "",
                        json_string(n[r->reviewer]), r->score);
    reviews += "]";
    return fmt::format(
        "{{\"id\": {}, \"member\": {}, \"date\": {}, \"kind\": {}, \"project\": {}, "
        "\"summary\": {}, \"minutes\": {}, \"reviews\": {}, \"reviewed\": {}, \"aggregate\": {}, "
        "\"factor\": {}, \"points\": {}}}",
        json_string(n[c.id]), json_string(n[c.member]), json_string(format_date(c.date)),
        json_string(n[c.kind]), optional_text(c.project != no_symbol, std::string(n[c.project])),
        json_string(summary), c.minutes, reviews, s.reviewed ? "true" : "false",
        optional_text(s.reviewed, s.reviewed ? rounded_trimmed_text(*s.aggregate, 6) : ""),
        json_string(format_fixed(s.factor, factor_places)), json_string(points_text(s.points)));
}

std::string member_json(const MemberWork& m) {
    return fmt::format("{{\"member\": {}, \"minutes\": {}, \"contributions\": {}, \"reviewed\": "
                       "{}, \"points\": {}}}",
                       json_string(m.handle), m.minutes, m.contributions, m.reviewed,
                       json_string(points_text(m.points)));
}

std::string reviewer_json(const ReviewerStats& r) {
    const bool any = r.compared > 0;
    return fmt::format("{{\"reviewer\": {}, \"reviews\": {}, \"compared\": {}, "
                       "\"mean_difference\": {}, \"mean_abs_difference\": {}}}",
                       json_string(r.handle), r.reviews, r.compared,
                       optional_text(any, any ? rounded_text(r.mean_difference, 2) : ""),
                       optional_text(any, any ? rounded_text(r.mean_abs_difference, 2) : ""));
}

template <typename T, typename Item>
std::string array(std::string_view name, const std::vector<T>& items, Item item) {
    std::string out = fmt::format("  \"{}\": [", name);
    for (std::size_t i = 0; i < items.size(); ++i)
        out += (i == 0 ? "\n    " : ",\n    ") + item(items[i]);
    out += items.empty() ? "]\n" : "\n  ]\n";
    return out;
}

} // namespace

std::string tally_json(const TallyView& view, TallyBy by) {
    const Tally& tally = view.tally;
    std::string out = "{\n";
    out += fmt::format("  \"period\": {},\n", json_string(format_period(tally.period)));
    switch (by) {
    case TallyBy::contribution:
        out += array("contributions", tally.contributions, [&](const ScoredContribution& s) {
            return contribution_json(
                *tally.names, s,
                view.summaries[static_cast<std::size_t>(&s - tally.contributions.data())]);
        });
        break;
    case TallyBy::member:
        out += array("members", tally.members, member_json);
        break;
    case TallyBy::reviewer:
        out += array("reviewers", tally.reviewers, reviewer_json);
        break;
    }
    out += "}\n";
    return out;
}

} // namespace coop::cli
