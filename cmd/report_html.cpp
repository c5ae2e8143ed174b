// coop report --html DIR: the transparency page. Static HTML and inline SVG
// drawn here, one stylesheet inlined in each page: nothing to run, nothing to
// fetch. Every figure is printed by report_output's functions, like the JSON's,
// and carries data-json, its path in coop report --format json, so a test can
// check one against the other.
#include <algorithm>
#include <cctype>
#include <filesystem>

#include <fmt/format.h>

#include "model/error.hpp"
#include "number_text.hpp"
#include "report_output.hpp"
#include "util/atomic_file.hpp"

namespace coop::cli {

namespace {

std::string esc(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (char c : s) {
        switch (c) {
        case '&':
            out += "&amp;";
            break;
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '"':
            out += "&quot;";
            break;
        case '\'':
            out += "&#39;";
            break;
        default:
            out += c;
        }
    }
    return out;
}

// A handle as a file name: the ledger's handles are already of [a-z0-9-], but a
// page name never trusts that.
std::string page_name(std::string_view kind, std::string_view key) {
    std::string out = std::string(kind) + "-";
    for (char c : key)
        out += (std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_') ? c : '_';
    return out + ".html";
}

constexpr std::string_view style = R"(
:root{--fg:#1b1b1b;--muted:#555;--bg:#fff;--rule:#ccc;--income:#1a7f37;--expenses:#b35900;--reserve:#0550ae;--cash:#6f42c1}
*{box-sizing:border-box}
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--fg);background:var(--bg);margin:0 auto;max-width:72rem;padding:1rem;line-height:1.45}
h1{font-size:1.6rem;margin:.2rem 0}h2{font-size:1.25rem;margin-top:2rem;border-bottom:1px solid var(--rule)}h3{font-size:1.05rem}
nav ul{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.4rem 1rem}
a{color:#0550ae}
.scroll{overflow-x:auto}
table{border-collapse:collapse;margin:.5rem 0;font-variant-numeric:tabular-nums}
caption{text-align:left;font-weight:600;padding:.3rem 0}
th,td{padding:.25rem .6rem;border-bottom:1px solid var(--rule);text-align:left;white-space:nowrap}
td.n,th.n{text-align:right}
tfoot td,tfoot th{font-weight:700;border-top:2px solid var(--fg)}
figure{margin:1rem 0}figcaption{color:var(--muted);font-size:.9rem}
svg{max-width:100%;height:auto}
.legend{display:flex;flex-wrap:wrap;gap:.3rem 1rem;padding:0;list-style:none;font-size:.9rem}
.key{display:inline-block;width:.9rem;height:.9rem;vertical-align:-.1rem;margin-right:.3rem}
.note{color:var(--muted);font-size:.9rem}
@media (max-width:40rem){body{padding:.5rem}th,td{padding:.2rem .35rem;font-size:.9rem}}
@media print{nav{display:none}body{max-width:none;padding:0}.scroll{overflow:visible}
a{color:inherit;text-decoration:none}section,figure,table{break-inside:avoid}h2{break-after:avoid}}
)";

struct Page {
    std::string title;
    std::string body;
};

std::string page_html(const Page& p, std::string_view coop) {
    return fmt::format("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                       "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                       "<meta name=\"generator\" content=\"coop report --html\">\n"
                       "<title>{}</title>\n<style>{}</style>\n</head>\n<body>\n"
                       "<header><p><a href=\"index.html\">{}</a></p></header>\n<main>\n{}</main>\n"
                       "<footer><p class=\"note\">Written by <code>coop report --html</code> from "
                       "the ledger's files; every figure is recomputed by anyone with a clone "
                       "(<code>coop report --format json</code>).</p></footer>\n</body>\n</html>\n",
                       esc(p.title), style, esc(coop), p.body);
}

// A number cell with its place in the JSON.
std::string num(std::string_view text, std::string_view path) {
    return fmt::format("<td class=\"n\" data-json=\"{}\">{}</td>", esc(path), esc(text));
}

struct Series {
    std::string_view name, field, color;
    Money PeriodBooks::*value;
};

constexpr Series money_series[] = {
    {"income", "income", "var(--income)", &PeriodBooks::income},
    {"expenses", "expenses", "var(--expenses)", &PeriodBooks::expenses},
    {"reserve", "reserve", "var(--reserve)", &PeriodBooks::reserve},
    {"cash", "cash", "var(--cash)", &PeriodBooks::cash},
};

// Grouped bars of the four series per period, from a zero line; integer
// coordinates scaled from the exact amounts.
std::string money_chart(const Report& r) {
    const std::int64_t width = 640, height = 260, left = 10, top = 10, bottom = 40;
    std::int64_t hi = 0, lo = 0;
    for (const PeriodBooks& b : r.periods)
        for (const Series& s : money_series) {
            hi = std::max(hi, (b.*s.value).minor);
            lo = std::min(lo, (b.*s.value).minor);
        }
    const int128 range = hi - lo == 0 ? 1 : int128{hi} - lo;
    const std::int64_t plot = height - top - bottom;
    auto y_of = [&](std::int64_t v) {
        return top + static_cast<std::int64_t>((int128{hi} - v) * plot / range);
    };
    const std::int64_t n = static_cast<std::int64_t>(r.periods.size());
    const std::int64_t slot = n == 0 ? width : (width - left * 2) / n;
    const std::int64_t bar = std::max<std::int64_t>(2, slot / 6);
    std::string bars;
    for (std::int64_t i = 0; i < n; ++i) {
        const PeriodBooks& b = r.periods[static_cast<std::size_t>(i)];
        const std::int64_t x0 = left + i * slot + (slot - bar * 4) / 2;
        for (std::size_t k = 0; k < 4; ++k) {
            const Series& s = money_series[k];
            const std::int64_t v = (b.*s.value).minor;
            const std::int64_t y1 = y_of(std::max<std::int64_t>(v, 0));
            const std::int64_t y2 = y_of(std::min<std::int64_t>(v, 0));
            bars +=
                fmt::format("<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"{}\">"
                            "<title>{} {}: {} {}</title></rect>\n",
                            x0 + static_cast<std::int64_t>(k) * bar, y1, bar - 1,
                            std::max<std::int64_t>(y2 - y1, 1), s.color, format_period(b.period),
                            s.name, money_text(r, b.*s.value), esc(r.currency));
        }
        bars +=
            fmt::format("<text x=\"{}\" y=\"{}\" text-anchor=\"middle\" font-size=\"12\">{}"
                        "</text>\n",
                        left + i * slot + slot / 2, height - bottom + 18, format_period(b.period));
    }
    const std::int64_t zero = y_of(0);
    std::string desc = "Per period: ";
    for (std::size_t i = 0; i < r.periods.size(); ++i) {
        const PeriodBooks& b = r.periods[i];
        desc +=
            fmt::format("{}{} income {}, expenses {}, reserve {}, cash {}", i ? "; " : "",
                        format_period(b.period), money_text(r, b.income), money_text(r, b.expenses),
                        money_text(r, b.reserve), money_text(r, b.cash));
    }
    std::string legend = "<ul class=\"legend\">";
    for (const Series& s : money_series)
        legend += fmt::format("<li><span class=\"key\" style=\"background:{}\"></span>{}</li>",
                              s.color, s.name);
    legend += "</ul>";
    return fmt::format(
        "<figure>\n<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {} {}\" width=\"{}\" "
        "height=\"{}\" role=\"img\" aria-labelledby=\"money-chart-title money-chart-desc\">\n"
        "<title id=\"money-chart-title\">Income, expenses, reserve and cash per period "
        "({})</title>\n"
        "<desc id=\"money-chart-desc\">{}.</desc>\n{}<line x1=\"{}\" y1=\"{}\" x2=\"{}\" "
        "y2=\"{}\" stroke=\"#1b1b1b\"/>\n</svg>\n<figcaption>{} The table below has the same "
        "figures.</figcaption>\n</figure>\n",
        width, height, width, height, esc(r.currency), esc(desc), bars, left, zero, width - left,
        zero, legend);
}

// The Lorenz curve of a period's earnings: the share of the total held by the
// poorest i members, against i / n, with the line of equality.
std::string lorenz_chart(const Report& r, const PeriodConcentration& c, std::string_view id) {
    const std::int64_t size = 240, pad = 30, side = size - 2 * pad;
    int128 total = 0;
    for (Money m : c.earned)
        total += m.minor;
    const std::int64_t n = static_cast<std::int64_t>(c.earned.size());
    std::string points = fmt::format("{},{}", pad, pad + side);
    int128 sum = 0;
    for (std::int64_t i = 0; i < n; ++i) {
        sum += c.earned[static_cast<std::size_t>(i)].minor;
        const std::int64_t x = pad + (i + 1) * side / n;
        const std::int64_t y =
            pad + side - (total > 0 ? static_cast<std::int64_t>(sum * side / total) : 0);
        points += fmt::format(" {},{}", x, y);
    }
    const std::string period = format_period(c.period);
    return fmt::format(
        "<figure>\n<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {0} {0}\" width=\"{0}\" "
        "height=\"{0}\" role=\"img\" aria-labelledby=\"{1}-title {1}-desc\">\n"
        "<title id=\"{1}-title\">Lorenz curve of the earnings of {2}</title>\n"
        "<desc id=\"{1}-desc\">{3} members earned {4} {5}; Gini {6}; {7} of them hold more than "
        "half; the top {8} hold {9} of it. The diagonal is perfect equality; the further the "
        "curve sags below it, the more a few members take.</desc>\n"
        "<rect x=\"{10}\" y=\"{10}\" width=\"{11}\" height=\"{11}\" fill=\"none\" "
        "stroke=\"#ccc\"/>\n<line x1=\"{10}\" y1=\"{12}\" x2=\"{12}\" y2=\"{10}\" "
        "stroke=\"#555\" stroke-dasharray=\"4 3\"/>\n<polyline points=\"{13}\" fill=\"none\" "
        "stroke=\"#0550ae\" stroke-width=\"2\"/>\n"
        "<text x=\"{10}\" y=\"{14}\" font-size=\"11\">members, poorest first</text>\n"
        "<text x=\"12\" y=\"{10}\" font-size=\"11\" transform=\"rotate(-90 12 {10})\" "
        "text-anchor=\"end\">share of earnings</text>\n</svg>\n"
        "<figcaption>Lorenz curve of {2}: dashed, equal shares; solid, the earnings as "
        "they were.</figcaption>\n</figure>\n",
        size, id, period, c.stats.n, money_text(r, Money{static_cast<std::int64_t>(total)}),
        esc(r.currency), gini_text(c.stats), c.stats.nakamoto, c.stats.top_count,
        top_share_text(c.stats), pad, side, pad + side, points, size - 8);
}

std::string books_table(const Report& r, std::string_view caption, bool links) {
    std::string out = fmt::format(
        "<div class=\"scroll\"><table>\n<caption>{}</caption>\n<thead><tr><th scope=\"col\">"
        "Period</th><th scope=\"col\">Status</th><th scope=\"col\" class=\"n\">Time</th>"
        "<th scope=\"col\" class=\"n\">Points</th><th scope=\"col\" class=\"n\">Income</th>"
        "<th scope=\"col\" class=\"n\">Expenses</th><th scope=\"col\" class=\"n\">Earned</th>"
        "<th scope=\"col\" class=\"n\">Paid</th><th scope=\"col\" class=\"n\">Reserve</th>"
        "<th scope=\"col\" class=\"n\">Cash</th></tr></thead>\n<tbody>\n",
        esc(caption));
    auto cells = [&](const PeriodBooks& b, const std::string& at) {
        return fmt::format("<td class=\"n\">{}</td>{}{}{}{}{}{}{}", time_text(b.minutes),
                           num(points_text(b.points), at + ".points"),
                           num(money_text(r, b.income), at + ".income"),
                           num(money_text(r, b.expenses), at + ".expenses"),
                           num(money_text(r, b.earned), at + ".earned"),
                           num(money_text(r, b.paid), at + ".paid"),
                           num(money_text(r, b.reserve), at + ".reserve"),
                           num(money_text(r, b.cash), at + ".cash"));
    };
    for (std::size_t i = 0; i < r.periods.size(); ++i) {
        const PeriodBooks& b = r.periods[i];
        const std::string p = format_period(b.period);
        out +=
            fmt::format("<tr><th scope=\"row\">{}</th><td>{}</td>{}</tr>\n",
                        links ? fmt::format("<a href=\"{}\">{}</a>", page_name("period", p), p) : p,
                        b.closed ? "closed" : "open", cells(b, fmt::format("periods.{}", i)));
    }
    out += fmt::format("</tbody>\n<tfoot><tr><th scope=\"row\">Total</th><td></td>{}</tr></tfoot>\n"
                       "</table></div>\n",
                       cells(r.totals, "totals"));
    return out;
}

std::string members_table(const Report& r, std::size_t index) {
    const PeriodBooks& b = r.periods[index];
    std::string out = fmt::format(
        "<div class=\"scroll\"><table>\n<caption>Who earned and was paid what in {} ({}){}"
        "</caption>\n<thead><tr><th scope=\"col\">Member</th><th scope=\"col\" class=\"n\">Time"
        "</th><th scope=\"col\" class=\"n\">Points</th><th scope=\"col\" class=\"n\">Earned</th>"
        "<th scope=\"col\" class=\"n\">Balance in</th><th scope=\"col\" class=\"n\">Paid</th>"
        "<th scope=\"col\" class=\"n\">Balance out</th></tr></thead>\n<tbody>\n",
        format_period(b.period), esc(r.currency),
        b.closed ? "" : ", open: what closing it would give");
    for (std::size_t j = 0; j < b.members.size(); ++j) {
        const MemberPeriod& m = b.members[j];
        const std::string at = fmt::format("periods.{}.members.{}", index, j);
        out += fmt::format("<tr><th scope=\"row\"><a href=\"{}\">{}</a></th><td class=\"n\">{}"
                           "</td>{}{}{}{}{}</tr>\n",
                           esc(page_name("member", m.member)), esc(m.member), time_text(m.minutes),
                           num(points_text(m.points), at + ".points"),
                           num(money_text(r, m.earned), at + ".earned"),
                           num(money_text(r, m.balance_in), at + ".balance-in"),
                           num(money_text(r, m.paid), at + ".paid"),
                           num(money_text(r, m.balance_out), at + ".balance-out"));
    }
    out += fmt::format("</tbody>\n<tfoot><tr><th scope=\"row\">Total</th><td class=\"n\">{}</td>"
                       "{}{}<td></td>{}<td></td></tr></tfoot>\n</table></div>\n",
                       time_text(b.minutes),
                       num(points_text(b.points), fmt::format("periods.{}.points", index)),
                       num(money_text(r, b.earned), fmt::format("periods.{}.earned", index)),
                       num(money_text(r, b.paid), fmt::format("periods.{}.paid", index)));
    return out;
}

std::string concentration_table(const Report& r) {
    std::string out =
        "<div class=\"scroll\"><table>\n<caption>Concentration of earnings (as coop monitor "
        "measures it)</caption>\n<thead><tr><th scope=\"col\">Period</th><th scope=\"col\" "
        "class=\"n\">Members</th><th scope=\"col\" class=\"n\">Gini</th><th scope=\"col\" "
        "class=\"n\">Nakamoto</th><th scope=\"col\" class=\"n\">Top 10% share</th></tr></thead>\n"
        "<tbody>\n";
    for (std::size_t i = 0; i < r.concentration.size(); ++i) {
        const PeriodConcentration& c = r.concentration[i];
        const std::string at = fmt::format("concentration.{}", i);
        out += fmt::format("<tr><th scope=\"row\">{}</th>{}{}{}{}</tr>\n", format_period(c.period),
                           num(std::to_string(c.stats.n), at + ".members"),
                           num(gini_text(c.stats), at + ".gini"),
                           num(std::to_string(c.stats.nakamoto), at + ".nakamoto"),
                           num(top_share_text(c.stats), at + ".top-share"));
    }
    return out + "</tbody>\n</table></div>\n";
}

std::string proposals_section(const ReportView& v) {
    std::string out = "<section aria-labelledby=\"proposals\">\n<h2 id=\"proposals\">Open "
                      "proposals</h2>\n";
    if (v.proposals.empty()) return out + "<p>No proposal is open.</p>\n</section>\n";
    out += "<div class=\"scroll\"><table>\n<caption>Proposals not yet passed, counted "
           "today</caption>\n<thead><tr><th scope=\"col\">Proposal</th><th scope=\"col\">Title"
           "</th><th scope=\"col\">Proposer</th><th scope=\"col\">Date</th><th scope=\"col\">"
           "Change</th><th scope=\"col\" class=\"n\">Voters</th><th scope=\"col\" class=\"n\">"
           "Consents</th><th scope=\"col\" class=\"n\">Objections</th><th scope=\"col\" "
           "class=\"n\">Abstentions</th></tr></thead>\n<tbody>\n";
    for (std::size_t i = 0; i < v.proposals.size(); ++i) {
        const OpenProposal& p = v.proposals[i];
        const std::string at = fmt::format("open-proposals.{}", i);
        out += fmt::format("<tr><th scope=\"row\"><code>{}</code></th><td>{}</td><td>{}</td>"
                           "<td>{}</td><td>{}</td>{}{}{}{}</tr>\n",
                           esc(p.id), esc(p.title), esc(p.proposer), format_date(p.date),
                           esc(p.kind), num(std::to_string(p.voters), at + ".voters"),
                           num(std::to_string(p.consents), at + ".consents"),
                           num(std::to_string(p.objections), at + ".objections"),
                           num(std::to_string(p.abstentions), at + ".abstentions"));
    }
    return out + "</tbody>\n</table></div>\n</section>\n";
}

std::string span_words(const Report& r) {
    if (r.periods.empty()) return "no periods yet";
    const std::string a = format_period(r.periods.front().period);
    const std::string b = format_period(r.periods.back().period);
    return a == b ? a : a + " to " + b;
}

Page index_page(const ReportView& v) {
    const Report& r = v.report;
    const std::string name = v.coop_name.empty() ? "The co-op" : v.coop_name;
    std::string b =
        fmt::format("<h1>{}: open books</h1>\n<p>{}, in {}. Where the money came from, "
                    "where it went, what is kept in reserve and who was paid what.</p>\n",
                    esc(name), esc(span_words(r)), esc(r.currency));
    if (r.periods.empty())
        return {name + ": open books", b + "<p>The ledger has no entries yet.</p>\n"};
    b += "<nav aria-label=\"Periods\"><ul>";
    for (const PeriodBooks& p : r.periods) {
        const std::string s = format_period(p.period);
        b += fmt::format("<li><a href=\"{}\">{}</a></li>", page_name("period", s), s);
    }
    b += "</ul></nav>\n";
    b += "<section aria-labelledby=\"money\">\n<h2 id=\"money\">Money over the periods</h2>\n" +
         money_chart(r) + books_table(r, "The books per period", true) +
         "<p class=\"note\">Reserve and cash are what the co-op holds after each period. Cash = "
         "income - expenses - paid so far = reserve + members' unpaid balances - deficit. An "
         "open period shows what closing it, and the open periods before it, would give.</p>\n"
         "</section>\n";
    b += "<section aria-labelledby=\"paid\">\n<h2 id=\"paid\">Who was paid what</h2>\n";
    // The latest period here; each period's page has its own (an index of a
    // thousand members times twelve months would not suit a phone).
    b += members_table(r, r.periods.size() - 1);
    if (r.periods.size() > 1) {
        b += "<p>The other periods: ";
        for (std::size_t i = r.periods.size() - 1; i-- > 0;) {
            const std::string s = format_period(r.periods[i].period);
            b += fmt::format("<a href=\"{}\">{}</a>{}", page_name("period", s), s, i ? ", " : ".");
        }
        b += "</p>\n";
    }
    b += "</section>\n";
    b += "<section aria-labelledby=\"concentration\">\n<h2 id=\"concentration\">Do a few take "
         "most?</h2>\n";
    if (!r.concentration.empty()) b += lorenz_chart(r, r.concentration.back(), "lorenz-latest");
    b += concentration_table(r) +
         "<p class=\"note\">Gini: 0 when everyone earns the same, near 1 when one member takes "
         "everything. Nakamoto: the fewest members who together earned more than half.</p>\n"
         "</section>\n";
    b += proposals_section(v);
    return {name + ": open books", b};
}

Page period_page(const ReportView& v, std::size_t i) {
    const Report& r = v.report;
    const PeriodBooks& p = r.periods[i];
    const std::string s = format_period(p.period);
    std::string b = fmt::format("<h1>{} ({})</h1>\n<p>{}</p>\n", s, p.closed ? "closed" : "open",
                                p.closed ? "Closed: its statement is in payouts/."
                                         : "Open: what closing it would give.");
    b += fmt::format("<div class=\"scroll\"><table>\n<caption>The period's money ({})</caption>\n"
                     "<tbody>\n",
                     esc(r.currency));
    const std::string at = fmt::format("periods.{}", i);
    const std::pair<std::string_view, Money PeriodBooks::*> rows[] = {
        {"Income", &PeriodBooks::income},
        {"Expenses", &PeriodBooks::expenses},
        {"Commissions", &PeriodBooks::commissions},
        {"Earned by members", &PeriodBooks::earned},
        {"Paid to members", &PeriodBooks::paid},
        {"Kept in reserve", &PeriodBooks::reserve_kept},
        {"Loss covered by the reserve", &PeriodBooks::covered},
        {"Reserve after", &PeriodBooks::reserve},
        {"Deficit after", &PeriodBooks::deficit},
        {"Members' unpaid balances after", &PeriodBooks::balances},
        {"Cash after", &PeriodBooks::cash}};
    static constexpr std::string_view keys[] = {"income",  "expenses",     "commissions", "earned",
                                                "paid",    "reserve-kept", "covered",     "reserve",
                                                "deficit", "balances",     "cash"};
    for (std::size_t k = 0; k < std::size(rows); ++k)
        b += fmt::format("<tr><th scope=\"row\">{}</th>{}</tr>\n", rows[k].first,
                         num(money_text(r, p.*rows[k].second), at + "." + std::string(keys[k])));
    b += "</tbody>\n</table></div>\n";
    b += members_table(r, i);
    if (i < r.concentration.size()) b += lorenz_chart(r, r.concentration[i], "lorenz");
    return {fmt::format("{}: {}", v.coop_name, s), b};
}

Page member_page(const ReportView& v, std::string_view handle) {
    const Report& r = v.report;
    std::string b = fmt::format("<h1>{}</h1>\n<div class=\"scroll\"><table>\n<caption>What {} "
                                "earned and was paid, per period ({})</caption>\n<thead><tr>"
                                "<th scope=\"col\">Period</th><th scope=\"col\" class=\"n\">Time"
                                "</th><th scope=\"col\" class=\"n\">Points</th><th scope=\"col\" "
                                "class=\"n\">Earned</th><th scope=\"col\" class=\"n\">Paid</th>"
                                "<th scope=\"col\" class=\"n\">Balance out</th></tr></thead>\n"
                                "<tbody>\n",
                                esc(handle), esc(handle), esc(r.currency));
    for (std::size_t i = 0; i < r.periods.size(); ++i)
        for (std::size_t j = 0; j < r.periods[i].members.size(); ++j) {
            const MemberPeriod& m = r.periods[i].members[j];
            if (m.member != handle) continue;
            const std::string at = fmt::format("periods.{}.members.{}", i, j);
            b += fmt::format("<tr><th scope=\"row\">{}</th><td class=\"n\">{}</td>{}{}{}{}</tr>\n",
                             format_period(m.period), time_text(m.minutes),
                             num(points_text(m.points), at + ".points"),
                             num(money_text(r, m.earned), at + ".earned"),
                             num(money_text(r, m.paid), at + ".paid"),
                             num(money_text(r, m.balance_out), at + ".balance-out"));
        }
    b += "</tbody>\n</table></div>\n<p class=\"note\">The statement for a year, with totals: "
         "<code>coop report --member " +
         esc(handle) + " --year YEAR</code>.</p>\n";
    return {fmt::format("{}: {}", v.coop_name, handle), b};
}

} // namespace

std::vector<std::string> write_report_site(const ReportView& view, const std::string& dir) {
    namespace fs = std::filesystem;
    std::error_code ec;
    fs::create_directories(dir, ec);
    if (ec) throw Error(ErrorKind::io, fmt::format("cannot create {}: {}", dir, ec.message()));
    std::vector<std::pair<std::string, std::string>> pages;
    pages.emplace_back("index.html", page_html(index_page(view), view.coop_name));
    const Report& r = view.report;
    std::vector<std::string> handles;
    for (std::size_t i = 0; i < r.periods.size(); ++i) {
        pages.emplace_back(page_name("period", format_period(r.periods[i].period)),
                           page_html(period_page(view, i), view.coop_name));
        for (const MemberPeriod& m : r.periods[i].members)
            handles.push_back(m.member);
    }
    std::sort(handles.begin(), handles.end());
    handles.erase(std::unique(handles.begin(), handles.end()), handles.end());
    for (const std::string& h : handles)
        pages.emplace_back(page_name("member", h), page_html(member_page(view, h), view.coop_name));
    std::vector<std::string> written;
    for (const auto& [name, html] : pages) {
        if (const auto failed = write_file_atomic(fs::path(dir) / name, html))
            throw Error(ErrorKind::io, *failed);
        written.push_back(name);
    }
    return written;
}

} // namespace coop::cli
