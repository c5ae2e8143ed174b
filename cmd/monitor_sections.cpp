// coop monitor: the sections of hours, backdating, self-dealing and
// concentration, and the report in order.
#include "monitor_sections.hpp"

#include <functional>

#include <fmt/format.h>

#include "model/duration.hpp"
#include "model/policy.hpp"
#include "number_text.hpp"
#include "util/fixed_point.hpp"

namespace coop::cli {

namespace {

std::string flag_cell(bool flagged) {
    return flagged ? "FLAG" : "";
}

std::string ids_of(const Ledger& ledger, const std::vector<const Contribution*>& list) {
    std::string out;
    for (const Contribution* c : list)
        out += (out.empty() ? "" : ", ") + std::string(ledger.name(c->id));
    return out;
}

Section hours_section(const monitor::MonitorReport& report, const Ledger& ledger,
                      bool flagged_only) {
    const monitor::Hours& h = report.hours;
    Section s;
    s.title = "Hours";
    s.rule = fmt::format("minutes of each kind's contributions in the period; flagged: a "
                         "contribution more than {} x MAD (median absolute deviation) above its "
                         "kind's median, and a member's day over max-time-per-day ({})",
                         format_fixed_trimmed(report.policy.hours_mads, monitor_places),
                         format_duration(h.max_minutes_per_day));
    s.table.columns = {{"kind"},
                       {"contributions", Align::right},
                       {"median", Align::right},
                       {"MAD", Align::right},
                       {"limit", Align::right},
                       {"flagged", Align::right}};
    for (const monitor::KindSpread& k : h.kinds) {
        if (flagged_only && k.long_ones.empty()) continue;
        s.table.rows.push_back({std::string(k.kind), std::to_string(k.contributions),
                                figure(k.median), figure(k.mad), figure(k.limit),
                                std::to_string(k.long_ones.size())});
        for (const Contribution* c : k.long_ones)
            s.evidence.push_back(
                {fmt::format("hours {}: {} ({}, {}) logged {} minutes, above the limit {} = "
                             "median {} + {} x MAD {}",
                             ledger.name(c->member), ledger.name(c->id), k.kind,
                             format_date(c->date), c->minutes, figure(k.limit), figure(k.median),
                             format_fixed_trimmed(report.policy.hours_mads, monitor_places),
                             figure(k.mad)),
                 {}});
    }
    for (const monitor::LongDay& d : h.long_days)
        s.evidence.push_back(
            {fmt::format("hours {}: {} minutes on {}, over {} ({} minutes): {}", d.member,
                         d.minutes, format_date(d.date), format_duration(h.max_minutes_per_day),
                         h.max_minutes_per_day, ids_of(ledger, d.contributions)),
             {}});
    s.none = flagged_only ? "nothing flagged" : "no contributions in the period";
    return s;
}

std::string_view kind_name(EntryKind k) {
    switch (k) {
    case EntryKind::review:
        return "review";
    case EntryKind::revenue:
        return "revenue";
    case EntryKind::contribution:
        break;
    }
    return "contribution";
}

Section backdating_section(const monitor::MonitorReport& report) {
    const monitor::Backdating& b = report.backdating;
    Section s;
    s.title = "Backdating";
    s.rule = fmt::format("from git: the commit that added each entry; flagged when it was "
                         "committed more than {} days after the entry's date, or (contributions "
                         "and revenue) after the end of its period",
                         report.policy.backdating_days);
    if (!b.checked) {
        s.none = "skipped: " + b.skipped;
        return s;
    }
    s.table.columns = {{"entry"},      {"kind"},      {"by"},     {"date"},
                       {"period end"}, {"committed"}, {"commit"}, {"days after", Align::right},
                       {"why"}};
    for (const monitor::LateEntry& e : b.late) {
        std::string why =
            e.too_late ? fmt::format("more than {} days", report.policy.backdating_days) : "";
        if (e.after_end) why += (why.empty() ? "" : "; ") + std::string("after the period's end");
        s.table.rows.push_back({e.key, std::string(kind_name(e.kind)), e.by, format_date(e.date),
                                e.kind == EntryKind::review ? "-" : format_date(e.period_end),
                                format_date(e.commit.date()), e.commit.commit.substr(0, 7),
                                std::to_string(e.days_after), why});
    }
    s.none =
        fmt::format("nothing flagged among {} entries{}", b.entries,
                    b.uncommitted ? fmt::format(" ({} not committed yet)", b.uncommitted) : "");
    return s;
}

std::string booked_text(const monitor::ConnectedIncome& in) {
    switch (in.booked_from) {
    case monitor::BookedFrom::file:
        return in.booked_by;
    case monitor::BookedFrom::commit:
        return in.booked_by + " (commit author)";
    case monitor::BookedFrom::unknown:
        break;
    }
    return "unknown";
}

Section self_dealing_section(const monitor::MonitorReport& report, const Ledger& ledger,
                             bool flagged_only) {
    Section s;
    s.title = "Self-dealing";
    s.rule = fmt::format("income naming a connector; flagged when the connector booked it, or "
                         "holds at least {}% of the points of the pool it went to",
                         format_fixed_trimmed(report.policy.self_dealing_share, rate_places - 2));
    s.table.columns = {{"income"},
                       {"amount", Align::right},
                       {"connector"},
                       {"booked by"},
                       {"pool"},
                       {"connector points", Align::right},
                       {"pool points", Align::right},
                       {"share", Align::right},
                       {"flag"}};
    const int digits = ledger.policy.minor_digits;
    for (const monitor::ConnectedIncome& in : report.self_dealing) {
        const bool flagged = in.self_booked || in.holds_pool;
        if (flagged_only && !flagged) continue;
        const RevenueEntry& e = *in.entry;
        s.table.rows.push_back({std::string(e.id), format_money(e.amount, digits),
                                std::string(e.connector), booked_text(in), std::string(in.pool),
                                points_text(in.connector_points), points_text(in.pool_points),
                                in.share ? figure(*in.share) : "-", flag_cell(flagged)});
        if (in.self_booked)
            s.evidence.push_back({fmt::format("self-dealing {}: booked {} ({} {}) naming "
                                              "themself its connector",
                                              e.connector, e.id, format_money(e.amount, digits),
                                              ledger.policy.currency),
                                  {}});
        if (in.holds_pool)
            s.evidence.push_back(
                {fmt::format("self-dealing {}: connector of {} and holder of {} of the {} points "
                             "of pool '{}' ({})",
                             e.connector, e.id, points_text(in.connector_points),
                             points_text(in.pool_points), in.pool, figure(*in.share)),
                 {}});
    }
    s.none = flagged_only ? "nothing flagged" : "no income names a connector";
    return s;
}

Row concentration_row(std::string_view what, const monitor::MemberConcentration& m,
                      const std::string& total) {
    const monitor::Concentration& c = m.stats;
    return {std::string(what),
            std::to_string(c.n),
            total,
            c.gini ? figure(*c.gini) : "-",
            c.total > 0 ? std::to_string(c.nakamoto) : "-",
            c.top_share ? fmt::format("{} ({})", figure(*c.top_share), c.top_count) : "-",
            c.theil ? fmt::format("{:.4f}", *c.theil) : "-",
            flag_cell(m.flagged)};
}

std::string holders_text(const monitor::MemberConcentration& m, std::size_t count,
                         const std::function<std::string(int128)>& amount) {
    std::string out;
    for (std::size_t i = 0; i < count && i < m.holders.size(); ++i)
        out +=
            fmt::format("{}{} {}", i ? ", " : "", m.holders[i].member, amount(m.holders[i].amount));
    return out;
}

Section concentration_section(const monitor::MonitorReport& report, const Ledger& ledger) {
    Section s;
    s.title = "Concentration";
    s.rule = "of the earned amounts and the points of the members with work or a commission in "
             "the period: Gini G = 2 sum i x(i) / (n sum x) - (n + 1) / n over the ascending "
             "x(i); Nakamoto: the fewest members holding more than half; the top 10%'s share "
             "(of the largest ceil(n / 10)); Theil T (floating point, never flagged)";
    if (report.policy.gini)
        s.rule += fmt::format("; flagged when G is at least {}",
                              format_fixed_trimmed(*report.policy.gini, monitor_places));
    const int digits = ledger.policy.minor_digits;
    const auto money = [&](int128 v) { return format_fixed(v, digits); };
    const auto points = [](int128 v) { return points_text(v); };
    s.table.columns = {{""},
                       {"members", Align::right},
                       {"total", Align::right},
                       {"Gini", Align::right},
                       {"Nakamoto", Align::right},
                       {"top 10% (members)", Align::right},
                       {"Theil", Align::right},
                       {"flag"}};
    const std::pair<std::string_view, const monitor::MemberConcentration*> rows[] = {
        {"earned", &report.earned}, {"points", &report.points}};
    for (const auto& [what, m] : rows) {
        const auto& amount = what == "earned" ? std::function<std::string(int128)>(money)
                                              : std::function<std::string(int128)>(points);
        s.table.rows.push_back(concentration_row(what, *m, amount(m->stats.total)));
        const monitor::Concentration& c = m->stats;
        if (!c.gini) continue;
        s.evidence.push_back(
            {fmt::format("{}: G = 2 x {} / ({} x {}) - {} / {} = {}; Nakamoto {}: {}", what,
                         amount(c.weighted_sum), c.n, amount(c.total), c.n + 1, c.n,
                         figure(*c.gini), c.nakamoto, holders_text(*m, c.nakamoto, amount)),
             {}});
    }
    s.none = "no member worked in the period";
    return s;
}

} // namespace

std::string figure(const Rational& r) {
    return rounded_text(r, 4);
}

std::vector<Section> monitor_sections(const monitor::MonitorReport& report, const Ledger& ledger,
                                      bool flagged_only) {
    std::vector<Section> out;
    out.push_back(reciprocity_section(report, ledger, flagged_only));
    out.push_back(bias_section(report, ledger, flagged_only));
    out.push_back(focus_section(report, flagged_only));
    out.push_back(hours_section(report, ledger, flagged_only));
    out.push_back(backdating_section(report));
    out.push_back(self_dealing_section(report, ledger, flagged_only));
    out.push_back(concentration_section(report, ledger));
    if (flagged_only)
        for (Section& s : out)
            if (s.table.rows.empty() && s.evidence.empty() && s.none.rfind("skipped", 0) != 0)
                s.none = "nothing flagged";
    return out;
}

} // namespace coop::cli
