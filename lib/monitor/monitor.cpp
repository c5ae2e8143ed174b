#include "monitor/monitor.hpp"

#include <algorithm>

#include "monitor/earnings.hpp"
#include "payout/scoring.hpp"

namespace coop::monitor {

namespace {

MemberConcentration concentration_of(std::vector<Holding> holders,
                                     const std::optional<std::int64_t>& gini) {
    MemberConcentration out;
    std::stable_sort(holders.begin(), holders.end(),
                     [](const Holding& a, const Holding& b) { return a.amount > b.amount; });
    std::vector<int128> amounts;
    amounts.reserve(holders.size());
    for (const Holding& h : holders)
        amounts.push_back(h.amount);
    out.stats = concentration(std::move(amounts));
    out.holders = std::move(holders);
    out.flagged =
        gini && out.stats.gini && compare(*out.stats.gini, threshold(*gini, monitor_places)) >= 0;
    return out;
}

} // namespace

std::size_t MonitorReport::flag_count() const {
    std::size_t n = 0;
    for (const auto& p : reciprocity)
        n += p.flagged;
    for (const auto& b : bias)
        n += b.flagged;
    for (const auto& f : focus)
        n += f.flagged;
    for (const auto& k : hours.kinds)
        n += k.long_ones.size();
    n += hours.long_days.size();
    n += backdating.late.size();
    for (const auto& s : self_dealing)
        n += s.self_booked + s.holds_pool;
    return n + earned.flagged + points.flagged;
}

MonitorReport compute_monitor(const Ledger& ledger, const Period& period,
                              const audit::EntryCommits& commits) {
    MonitorReport out;
    out.period = period;
    out.policy = ledger.policy.monitor;
    const std::vector<ScoredContribution> scored = score_period(ledger, period);
    out.reciprocity = reciprocity(ledger, scored, out.policy);
    out.bias = reviewer_bias(ledger, scored, out.policy);
    out.focus = reviewer_focus(ledger, scored, out.policy);
    out.hours = outlying_hours(ledger, scored, out.policy);
    out.backdating = backdating(ledger, scored, period, commits, out.policy);
    out.self_dealing = self_dealing(ledger, scored, period, commits, out.policy);

    std::vector<Holding> earned, points;
    for (const MemberEarning& m : period_earnings(ledger, period)) {
        earned.push_back({m.handle, m.earned.minor});
        points.push_back({m.handle, m.points});
    }
    out.earned = concentration_of(std::move(earned), out.policy.gini);
    out.points = concentration_of(std::move(points), out.policy.gini);
    return out;
}

} // namespace coop::monitor
