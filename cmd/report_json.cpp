// coop report --format json: the books of each period, the totals, and as
// asked a member's statement or lines by member, project or kind; the
// concentration of each period's earnings and the open proposals.
#include <fmt/format.h>

#include "number_text.hpp"
#include "report_output.hpp"
#include "util/json.hpp"

namespace coop::cli {

namespace {

std::string q(std::string_view s) {
    return json_string(s);
}

std::string books_fields(const Report& r, const PeriodBooks& b) {
    auto m = [&](Money v) { return q(money_text(r, v)); };
    return fmt::format("\"minutes\": {}, \"contributions\": {}, \"points\": {}, \"income\": {}, "
                       "\"expenses\": {}, \"commissions\": {}, \"earned\": {}, \"paid\": {}, "
                       "\"reserve-kept\": {}, \"covered\": {}, \"reserve\": {}, \"deficit\": {}, "
                       "\"balances\": {}, \"cash\": {}",
                       b.minutes, b.contributions, q(points_text(b.points)), m(b.income),
                       m(b.expenses), m(b.commissions), m(b.earned), m(b.paid), m(b.reserve_kept),
                       m(b.covered), m(b.reserve), m(b.deficit), m(b.balances), m(b.cash));
}

std::string member_fields(const Report& r, const MemberPeriod& p) {
    auto m = [&](Money v) { return q(money_text(r, v)); };
    return fmt::format(
        "\"minutes\": {}, \"contributions\": {}, \"points\": {}, \"commission\": {}, "
        "\"earned\": {}, \"balance-in\": {}, \"paid\": {}, \"balance-out\": {}",
        p.minutes, p.contributions, q(points_text(p.points)), m(p.commission), m(p.earned),
        m(p.balance_in), m(p.paid), m(p.balance_out));
}

template <typename T, typename F> std::string list(const std::vector<T>& items, F item) {
    if (items.empty()) return "[]";
    std::string out = "[";
    for (std::size_t i = 0; i < items.size(); ++i)
        out += (i ? ",\n    " : "\n    ") + item(items[i]);
    return out + "]";
}

std::string_view by_key(ReportBy by) {
    return by == ReportBy::member ? "member" : by == ReportBy::project ? "project" : "kind";
}

} // namespace

std::string report_json(const ReportView& view) {
    const Report& r = view.report;
    std::string out =
        fmt::format("{{\"currency\": {}, \"from\": {}, \"to\": {}", q(r.currency),
                    r.periods.empty() ? "null" : q(format_period(r.periods.front().period)),
                    r.periods.empty() ? "null" : q(format_period(r.periods.back().period)));
    out +=
        ",\n  \"periods\": " + list(r.periods, [&](const PeriodBooks& b) {
            std::vector<std::string> members;
            for (const MemberPeriod& m : b.members)
                members.push_back(
                    fmt::format("{{\"member\": {}, {}}}", q(m.member), member_fields(r, m)));
            return fmt::format("{{\"period\": {}, \"closed\": {}, {},\n     \"members\": [{}{}]}}",
                               q(format_period(b.period)), b.closed, books_fields(r, b),
                               members.empty() ? "" : "\n      ", fmt::join(members, ",\n      "));
        });
    out += fmt::format(",\n  \"totals\": {{{}}}", books_fields(r, r.totals));
    if (!r.member.empty()) {
        out += fmt::format(",\n  \"member\": {}", q(r.member));
        out += ",\n  \"statement\": " + list(r.statement, [&](const MemberPeriod& p) {
                   return fmt::format("{{\"period\": {}, \"closed\": {}, {}}}",
                                      q(format_period(p.period)), p.closed, member_fields(r, p));
               });
        out +=
            fmt::format(",\n  \"statement-totals\": {{{}}}", member_fields(r, r.statement_totals));
    }
    if (r.by != ReportBy::period) {
        out += fmt::format(",\n  \"by\": {}", q(by_key(r.by)));
        out +=
            ",\n  \"lines\": " + list(r.groups, [&](const GroupLine& g) {
                std::string line = fmt::format("{{{}: {}, \"minutes\": {}, \"contributions\": {}, "
                                               "\"points\": {}",
                                               q(by_key(r.by)), q(g.key), g.minutes,
                                               g.contributions, q(points_text(g.points)));
                auto m = [&](Money v) { return q(money_text(r, v)); };
                if (r.by == ReportBy::member)
                    line += fmt::format(", \"earned\": {}, \"paid\": {}", m(g.earned), m(g.paid));
                if (r.by == ReportBy::project)
                    line += g.has_money
                                ? fmt::format(", \"income\": {}, \"expenses\": {}, "
                                              "\"reserve\": {}, \"earned\": {}",
                                              m(g.income), m(g.expenses), m(g.reserve), m(g.earned))
                                : ", \"income\": null, \"expenses\": null, \"reserve\": null, "
                                  "\"earned\": null";
                return line + "}";
            });
    }
    out +=
        ",\n  \"concentration\": " + list(r.concentration, [&](const PeriodConcentration& c) {
            std::vector<std::string> earned;
            for (Money m : c.earned)
                earned.push_back(q(money_text(r, m)));
            return fmt::format(
                "{{\"period\": {}, \"members\": {}, \"gini\": {}, \"nakamoto\": {}, "
                "\"top-count\": {}, \"top-share\": {}, \"earned\": [{}]}}",
                q(format_period(c.period)), c.stats.n,
                c.stats.gini ? q(gini_text(c.stats)) : "null", c.stats.nakamoto, c.stats.top_count,
                c.stats.top_share ? q(top_share_text(c.stats)) : "null", fmt::join(earned, ", "));
        });
    out += ",\n  \"open-proposals\": " + list(view.proposals, [&](const OpenProposal& p) {
               return fmt::format(
                   "{{\"id\": {}, \"title\": {}, \"proposer\": {}, \"date\": {}, "
                   "\"kind\": {}, \"voters\": {}, \"consents\": {}, \"objections\": {}, "
                   "\"abstentions\": {}}}",
                   q(p.id), q(p.title), q(p.proposer), q(format_date(p.date)), q(p.kind), p.voters,
                   p.consents, p.objections, p.abstentions);
           });
    return out + "}\n";
}

} // namespace coop::cli
