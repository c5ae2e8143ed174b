#include "payout/payout.hpp"

#include <map>
#include <string>

#include "payout/exact.hpp"
#include "payout/scoring.hpp"
#include "payout/shares.hpp"

namespace coop {

using namespace payout_detail;

namespace {

auto member_field(std::string_view handle, const char* field) {
    return [handle, field] {
        return std::string("the ") + field + " of '" + std::string(handle) + "'";
    };
}

// The members sharing one pool, by handle.
struct Sharers {
    std::vector<Claim> claims;
    std::vector<MemberPayout*> members;
};

} // namespace

PayoutTable compute_payout(const Ledger& ledger, const Period& period) {
    // Rules 1-3: the points of every contribution of the period.
    const std::vector<ScoredContribution> scored = score_period(ledger, period);

    // Each member's work; the general pool is shared by all of it, a project
    // pool by the work on that project.
    std::map<std::string_view, MemberPayout> members;
    std::map<std::string_view, std::map<std::string_view, int128>> project_points;
    for (const ScoredContribution& s : scored) {
        const Contribution& c = *s.contribution;
        const std::string_view member = ledger.name(c.member);
        MemberPayout& m = members[member];
        m.handle = member;
        m.minutes += c.minutes;
        m.contributions += 1;
        m.points = add(m.points, s.points, member_field(member, "points"));
        if (c.project != no_symbol) {
            const std::string_view project = ledger.name(c.project);
            int128& p = project_points[project][member];
            p = add(p, s.points,
                    [&] { return "the points of project '" + std::string(project) + "'"; });
        }
    }
    std::vector<std::string_view> worked_projects;
    for (const auto& [project, points] : project_points)
        worked_projects.push_back(project);

    // Rules 4-5: pools, commissions, reserves.
    Pools pools = build_pools(ledger, period, worked_projects);
    for (const Commission& c : pools.commissions) {
        MemberPayout& m = members[c.connector];
        m.handle = c.connector;
        m.commission = add(m.commission, c.amount, member_field(c.connector, "commission"));
    }

    PayoutTable table;
    table.period = period;
    table.pools = std::move(pools.pools);
    for (auto& [handle, m] : members)
        m.shares.resize(table.pools.size());

    // Rule 6: each pool shared by points; a pool without points goes to the reserve.
    for (std::size_t i = 0; i < table.pools.size(); ++i) {
        Pool& pool = table.pools[i];
        if (pool.folded) continue;
        Sharers sharers;
        if (pool.general) {
            for (auto& [handle, m] : members) {
                if (m.contributions == 0) continue;
                sharers.claims.push_back(Claim{handle, m.points});
                sharers.members.push_back(&m);
            }
        } else {
            for (const auto& [handle, points] : project_points.at(pool.name)) {
                sharers.claims.push_back(Claim{handle, points});
                sharers.members.push_back(&members.at(handle));
            }
        }
        for (const Claim& c : sharers.claims)
            pool.points = add(pool.points, c.points, [&] {
                return "the points of pool '" + std::string(pool.name) + "'";
            });
        if (pool.points == 0) {
            pool.reserve = Money{pool.reserve.minor + pool.distributable.minor}; // <= balance
            pool.distributable = Money{};
            continue;
        }
        const auto shares = largest_remainder(pool.distributable.minor, sharers.claims);
        for (std::size_t k = 0; k < shares.size(); ++k)
            sharers.members[k]->shares[i] = Money{shares[k]};
    }

    // Rule 7: a member's payout is their shares plus their commissions.
    const auto total = [](const char* field) {
        return [field] { return std::string("the total ") + field; };
    };
    PayoutTotals& t = table.totals;
    for (auto& [handle, m] : members) {
        m.amount = m.commission;
        for (const Money& share : m.shares)
            m.amount = add(m.amount, share, member_field(handle, "amount"));
        if (m.contributions == 0 && m.amount.minor == 0) continue;
        t.paid = add(t.paid, m.amount, total("paid"));
        table.members.push_back(std::move(m));
    }
    for (const Pool& pool : table.pools) {
        if (pool.folded) continue; // already counted in the general pool
        t.income = add(t.income, pool.income, total("income"));
        t.expenses = add(t.expenses, pool.expenses, total("expenses"));
        t.commissions = add(t.commissions, pool.commissions, total("commissions"));
        t.reserve = add(t.reserve, pool.reserve, total("reserve"));
        t.deficit = add(t.deficit, pool.deficit, total("deficit"));
    }
    return table;
}

std::optional<Period> latest_period(const Ledger& ledger, Cadence cadence) {
    std::optional<Date> latest;
    const auto see = [&](Date d) {
        if (!latest || *latest < d) latest = d;
    };
    for (const Contribution& c : ledger.contributions)
        see(c.date);
    for (const Review& r : ledger.reviews)
        see(r.date);
    for (const RevenueEntry& e : ledger.revenue)
        see(e.date);
    if (!latest) return std::nullopt;
    return period_of(*latest, cadence);
}

} // namespace coop
