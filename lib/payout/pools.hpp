#pragma once
// SPEC 3, rule 4: the pools of a period, the connectors' commissions, the
// general share and the deficit carried in; each pool's balance B.
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "model/date.hpp"
#include "model/ledger.hpp"
#include "model/money.hpp"
#include "model/policy.hpp"
#include "util/checked.hpp"

namespace coop {

inline constexpr std::string_view general_pool_name = "general";

struct Pool {
    std::string name; // general_pool_name, or the project
    bool general = false;
    // A project pool without work in the period: its amounts are also counted
    // in the general pool, and it is not listed.
    bool folded = false;
    Money income;
    Money expenses; // a circle's general pool: its upstream included
    Money upstream; // SPEC 8: a circle's general pool: its upstream to the global network
    Money commissions;
    Money general_share;  // moved in (general pool, > 0) or out (a project, < 0)
    Money deficit_in;     // the general pool's: the deficit the period before carried out
    Money deficit_shared; // rule 5: B before it minus B after it
    Money balance;        // B, after rule 5: >= 0
    Money reserve;
    Money distributable;
    int128 points = 0; // of the contributions sharing the pool, times 10^points_places

    bool operator==(const Pool&) const = default;
};

struct Commission {
    const RevenueEntry* entry = nullptr;
    std::string_view connector;
    Money amount;
};

struct Pools {
    std::vector<Pool> pools;             // general first, then projects by name
    std::vector<Commission> commissions; // one per income entry naming a connector
    // SPEC 8: a circle's upstream, (income - commissions) x upstream rate,
    // counted in the general pool's expenses.
    Money upstream;
};

// amount x rate (times 10^rate_places), rounded half to even to the minor unit.
Money apply_rate(Money amount, std::int64_t rate);

// Rule 4: amount x connector-share, rounded half to even to the minor unit.
Money commission_of(Money income, std::int64_t connector_share);

// Rule 7: balance x reserve rate, rounded half to even to the minor unit.
Money reserve_of(Money balance, std::int64_t reserve_rate);

// B = income - commissions + general-share - expenses - deficit-in.
Money balance_before_sharing(const Pool& pool);

// SPEC 8: the upstream of a circle's period, net x rate rounded half to even,
// where net is the period's income net of commissions.
Money upstream_of(Money net_income, std::int64_t upstream_rate);

// Rule 4 for the revenue entries dated in the period. `worked_projects`
// (sorted) are the projects with a contribution in the period; `deficit_in`
// is charged to the general pool, and so is a circle's upstream (SPEC 8), as
// an expense. Each pool's balance is B; points are 0.
Pools build_pools(const Ledger& ledger, const Period& period, const Distribution& distribution,
                  std::span<const std::string_view> worked_projects, Money deficit_in);

} // namespace coop
