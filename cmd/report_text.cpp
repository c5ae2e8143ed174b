// coop report as a terminal table, Markdown and CSV.
#include <fmt/format.h>

#include "model/duration.hpp"
#include "monitor_sections.hpp"
#include "number_text.hpp"
#include "report_output.hpp"
#include "statement/record_fields.hpp"
#include "table_output.hpp"

namespace coop::cli {

std::string money_text(const Report& r, Money m) {
    return format_money(m, r.minor_digits);
}

std::string time_text(std::int64_t minutes) {
    return format_duration(minutes);
}

std::string gini_text(const monitor::Concentration& c) {
    return c.gini ? figure(*c.gini) : "-";
}

std::string top_share_text(const monitor::Concentration& c) {
    return c.top_share ? figure(*c.top_share) : "-";
}

namespace {

// Terminal and Markdown cells are for reading; CSV cells are for programs.
enum class Cells { reading, data };

// Points to 2 decimals for reading, as coop payout's table; exact for programs.
std::string points_cell(int128 points, Cells cells) {
    return cells == Cells::data ? points_text(points)
                                : field_table_text(FieldType::points, points, 0);
}

std::string minutes_cell(std::int64_t minutes, Cells cells) {
    return cells == Cells::data ? std::to_string(minutes) : time_text(minutes);
}

Table period_table(const Report& r, Cells cells) {
    const bool data = cells == Cells::data;
    Table t;
    t.columns = {{"period"},
                 {"status"},
                 {data ? "minutes" : "time", Align::right},
                 {"points", Align::right},
                 {"income", Align::right},
                 {"expenses", Align::right},
                 {"earned", Align::right},
                 {"paid", Align::right},
                 {"reserve", Align::right},
                 {"cash", Align::right}};
    if (data) t.columns.insert(t.columns.begin() + 6, Column{"commissions", Align::right});
    auto row = [&](const PeriodBooks& b, std::string period, std::string status) {
        Row out{std::move(period),
                std::move(status),
                minutes_cell(b.minutes, cells),
                points_cell(b.points, cells),
                money_text(r, b.income),
                money_text(r, b.expenses),
                money_text(r, b.earned),
                money_text(r, b.paid),
                money_text(r, b.reserve),
                money_text(r, b.cash)};
        if (data) out.insert(out.begin() + 6, money_text(r, b.commissions));
        return out;
    };
    for (const PeriodBooks& b : r.periods)
        t.rows.push_back(row(b, format_period(b.period), b.closed ? "closed" : "open"));
    if (!r.periods.empty()) t.footer.push_back(row(r.totals, "total", ""));
    return t;
}

Table statement_table(const Report& r, Cells cells) {
    const bool data = cells == Cells::data;
    Table t;
    t.columns = {{"period"},
                 {"status"},
                 {data ? "minutes" : "time", Align::right},
                 {"points", Align::right},
                 {"commission", Align::right},
                 {"earned", Align::right},
                 {"balance-in", Align::right},
                 {"paid", Align::right},
                 {"balance-out", Align::right}};
    auto row = [&](const MemberPeriod& m, std::string period, std::string status) {
        return Row{std::move(period),
                   std::move(status),
                   minutes_cell(m.minutes, cells),
                   points_cell(m.points, cells),
                   money_text(r, m.commission),
                   money_text(r, m.earned),
                   money_text(r, m.balance_in),
                   money_text(r, m.paid),
                   money_text(r, m.balance_out)};
    };
    for (const MemberPeriod& m : r.statement)
        t.rows.push_back(row(m, format_period(m.period), m.closed ? "closed" : "open"));
    if (!r.statement.empty()) t.footer.push_back(row(r.statement_totals, "total", ""));
    return t;
}

std::string_view by_name(ReportBy by) {
    switch (by) {
    case ReportBy::member:
        return "member";
    case ReportBy::project:
        return "project";
    case ReportBy::kind:
        return "kind";
    case ReportBy::period:
        break;
    }
    return "period";
}

Table group_table(const Report& r, Cells cells) {
    const bool data = cells == Cells::data;
    Table t;
    t.columns = {{std::string(by_name(r.by))},
                 {data ? "minutes" : "time", Align::right},
                 {"contributions", Align::right},
                 {"points", Align::right}};
    const bool project = r.by == ReportBy::project;
    if (r.by == ReportBy::member)
        t.columns.insert(t.columns.end(), {{"earned", Align::right}, {"paid", Align::right}});
    if (project)
        t.columns.insert(t.columns.end(), {{"income", Align::right},
                                           {"expenses", Align::right},
                                           {"reserve", Align::right},
                                           {"earned", Align::right}});
    GroupLine total;
    for (const GroupLine& g : r.groups) {
        Row row{g.key.empty() && !data ? "(none)" : g.key, minutes_cell(g.minutes, cells),
                std::to_string(g.contributions), points_cell(g.points, cells)};
        const std::string none = data ? "" : "-";
        if (r.by == ReportBy::member)
            row.insert(row.end(), {money_text(r, g.earned), money_text(r, g.paid)});
        if (project) {
            if (g.has_money)
                row.insert(row.end(), {money_text(r, g.income), money_text(r, g.expenses),
                                       money_text(r, g.reserve), money_text(r, g.earned)});
            else
                row.insert(row.end(), {none, none, none, none});
        }
        total.minutes += g.minutes;
        total.contributions += g.contributions;
        total.points += g.points;
        total.earned.minor += g.earned.minor;
        total.paid.minor += g.paid.minor;
        t.rows.push_back(std::move(row));
    }
    if (!r.groups.empty()) {
        Row row{"total", minutes_cell(total.minutes, cells), std::to_string(total.contributions),
                points_cell(total.points, cells)};
        if (r.by == ReportBy::member)
            row.insert(row.end(), {money_text(r, total.earned), money_text(r, total.paid)});
        if (project) row.insert(row.end(), {"", "", "", ""});
        t.footer.push_back(std::move(row));
    }
    return t;
}

Table table_of(const Report& r, Cells cells) {
    if (!r.member.empty()) return statement_table(r, cells);
    if (r.by != ReportBy::period) return group_table(r, cells);
    return period_table(r, cells);
}

std::string span_text(const Report& r) {
    if (r.periods.empty()) return "no periods";
    const std::string first = format_period(r.periods.front().period);
    const std::string last = format_period(r.periods.back().period);
    if (r.span.year) return fmt::format("{} ({} to {})", *r.span.year, first, last);
    return first == last ? first : fmt::format("{} to {}", first, last);
}

std::string title(const ReportView& v) {
    const Report& r = v.report;
    if (!r.member.empty())
        return fmt::format("Statement of {}, {} ({})", r.member, span_text(r), r.currency);
    return fmt::format("{}: {}{} ({})", v.coop_name.empty() ? "coop" : v.coop_name, span_text(r),
                       r.by == ReportBy::period ? "" : fmt::format(", by {}", by_name(r.by)),
                       r.currency);
}

} // namespace

std::string report_text(const ReportView& view, bool color) {
    std::string out =
        title(view) + "\n\n" + render_text(table_of(view.report, Cells::reading), color);
    const Report& r = view.report;
    if (r.member.empty() && r.by == ReportBy::period && !r.periods.empty())
        out += fmt::format("\nreserve and cash are what the co-op holds after each period; cash = "
                           "reserve + members' unpaid balances ({}) - deficit ({}).\n",
                           money_text(r, r.totals.balances), money_text(r, r.totals.deficit));
    return out;
}

std::string report_markdown(const ReportView& view) {
    return "### " + title(view) + "\n\n" + render_markdown(table_of(view.report, Cells::reading));
}

std::string report_csv(const ReportView& view) {
    return render_csv(table_of(view.report, Cells::data));
}

} // namespace coop::cli
