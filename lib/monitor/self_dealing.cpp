#include "monitor/self_dealing.hpp"

#include <algorithm>
#include <map>
#include <tuple>

#include "model/policy.hpp"

namespace coop::monitor {

std::vector<ConnectedIncome> self_dealing(const Ledger& ledger,
                                          const std::vector<ScoredContribution>& scored,
                                          const Period& period, const audit::EntryCommits& commits,
                                          const MonitorPolicy& policy) {
    // Points by pool, and by pool and member: the project pools, and "" for all work.
    std::map<std::string_view, int128> pool_points;
    std::map<std::pair<std::string_view, std::string_view>, int128> member_points;
    for (const ScoredContribution& s : scored) {
        const Contribution& c = *s.contribution;
        const std::string_view member = ledger.name(c.member);
        pool_points[""] += s.points;
        member_points[{"", member}] += s.points;
        if (c.project != no_symbol) {
            pool_points[ledger.name(c.project)] += s.points;
            member_points[{ledger.name(c.project), member}] += s.points;
        }
    }
    const Rational limit = make_rational(policy.self_dealing_share, pow10(rate_places));
    std::vector<ConnectedIncome> out;
    for (const RevenueEntry& e : ledger.revenue) {
        if (e.type != RevenueType::income || e.connector.empty() || !period.contains(e.date))
            continue;
        ConnectedIncome in;
        in.entry = &e;
        Booker booker = booker_of(ledger, e, commits);
        in.booked_by = std::move(booker.handle);
        in.booked_from = booker.from;
        // A project without work in the period is folded into the general pool.
        const bool project_pool = !e.project.empty() && pool_points.contains(e.project);
        const std::string_view key = project_pool ? e.project : std::string_view{};
        in.pool = project_pool ? e.project : std::string_view{"general"};
        in.pool_points = pool_points.contains(key) ? pool_points.at(key) : 0;
        const auto mine = member_points.find({key, e.connector});
        in.connector_points = mine == member_points.end() ? 0 : mine->second;
        if (in.pool_points > 0) in.share = make_rational(in.connector_points, in.pool_points);
        in.self_booked = in.booked_by == e.connector;
        in.holds_pool = in.share && compare(*in.share, limit) >= 0;
        out.push_back(std::move(in));
    }
    std::sort(out.begin(), out.end(), [](const ConnectedIncome& a, const ConnectedIncome& b) {
        return std::tie(a.entry->date, a.entry->id) < std::tie(b.entry->date, b.entry->id);
    });
    return out;
}

} // namespace coop::monitor
