#pragma once
// SPEC 3, rules 4-5: the pools of a period, the connectors' commissions, and
// each pool's reserve and distributable amount.
#include <span>
#include <string_view>
#include <vector>

#include "model/date.hpp"
#include "model/ledger.hpp"
#include "model/money.hpp"
#include "util/checked.hpp"

namespace coop {

inline constexpr std::string_view general_pool_name = "general";

struct Pool {
    std::string_view name; // general_pool_name, or the project
    bool general = false;
    // A project pool without work in the period: its income, expenses and
    // commissions are also counted in the general pool, and it distributes nothing.
    bool folded = false;
    Money income;
    Money expenses;
    Money commissions;
    Money balance; // income - commissions - expenses
    Money reserve;
    Money distributable;
    Money deficit;     // -balance when the balance is negative
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
};

// Rule 4: amount x connector-share, rounded half to even to the minor unit.
Money commission_of(Money income, std::int64_t connector_share);

// Rule 5: balance x reserve rate, rounded half to even to the minor unit.
Money reserve_of(Money balance, std::int64_t reserve_rate);

// Rules 4-5 for the revenue entries dated in the period. `worked_projects`
// (sorted) are the projects with a contribution in the period. Points are left 0.
Pools build_pools(const Ledger& ledger, const Period& period,
                  std::span<const std::string_view> worked_projects);

} // namespace coop
