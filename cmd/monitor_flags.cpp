#include "monitor_flags.hpp"

#include <fmt/format.h>

#include "model/policy.hpp"
#include "monitor_sections.hpp"
#include "util/fixed_point.hpp"

namespace coop::cli {

std::vector<FlagRow> flag_rows(const monitor::MonitorReport& report, const Ledger& ledger) {
    const MonitorPolicy& p = report.policy;
    const auto fixed = [](std::int64_t v) { return format_fixed(v, monitor_places); };
    std::vector<FlagRow> out;
    for (const monitor::ReciprocalPair& pair : report.reciprocity)
        if (pair.flagged)
            out.push_back({"reciprocity",
                           fmt::format("{},{}", pair.ab.reviewer, pair.ab.contributor), "",
                           fmt::format("{},{}", figure(*pair.ab.margin), figure(*pair.ba.margin)),
                           fixed(p.reciprocity_margin)});
    for (const monitor::ReviewerBias& b : report.bias)
        if (b.flagged)
            out.push_back(
                {"bias", std::string(b.reviewer), "", figure(b.d), fixed(p.bias_difference)});
    for (const monitor::ReviewerFocus& f : report.focus)
        if (f.flagged)
            out.push_back(
                {"focus", std::string(f.reviewer), "", figure(f.hhi), fixed(p.focus_hhi)});
    for (const monitor::KindSpread& k : report.hours.kinds)
        for (const Contribution* c : k.long_ones)
            out.push_back({"hours", std::string(ledger.name(c->member)),
                           std::string(ledger.name(c->id)), std::to_string(c->minutes),
                           figure(k.limit)});
    for (const monitor::LongDay& d : report.hours.long_days)
        out.push_back({"day", std::string(d.member), format_date(d.date), std::to_string(d.minutes),
                       std::to_string(report.hours.max_minutes_per_day)});
    for (const monitor::LateEntry& e : report.backdating.late)
        out.push_back({"backdating", e.by, e.key, std::to_string(e.days_after),
                       std::to_string(p.backdating_days)});
    for (const monitor::ConnectedIncome& in : report.self_dealing) {
        if (in.self_booked)
            out.push_back({"self-dealing", std::string(in.entry->connector),
                           std::string(in.entry->id), "booked by the connector", ""});
        if (in.holds_pool)
            out.push_back({"self-dealing", std::string(in.entry->connector),
                           std::string(in.entry->id), figure(*in.share),
                           figure(make_rational(p.self_dealing_share, pow10(rate_places)))});
    }
    for (const auto* m : {&report.earned, &report.points})
        if (m->flagged)
            out.push_back({m == &report.earned ? "gini-earned" : "gini-points", "", "",
                           figure(*m->stats.gini), fixed(*p.gini)});
    return out;
}

} // namespace coop::cli
