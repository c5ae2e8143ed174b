#pragma once
// SPEC 3: the payout table of a period, from the ledger alone.
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "model/date.hpp"
#include "model/ledger.hpp"
#include "model/money.hpp"
#include "payout/pools.hpp"
#include "util/checked.hpp"

namespace coop {

struct MemberPayout {
    std::string_view handle;
    std::int64_t minutes = 0;       // of their contributions in the period
    std::int64_t contributions = 0; // how many
    int128 points = 0;              // of those contributions, times 10^points_places
    Money commission;               // as a connector
    std::vector<Money> shares;      // of each pool, parallel to PayoutTable::pools
    Money amount;                   // the shares plus the commission

    bool operator==(const MemberPayout&) const = default;
};

struct PayoutTotals {
    // Of the period's entries; reserve and deficit over the pools that are not folded.
    Money income;
    Money expenses;
    Money commissions;
    Money reserve;
    Money paid; // the members' amounts, commissions included
    Money deficit;

    bool operator==(const PayoutTotals&) const = default;
};

struct PayoutTable {
    Period period;
    std::vector<Pool> pools;           // general first, then projects by name
    std::vector<MemberPayout> members; // by handle: everyone with work or a payout
    PayoutTotals totals; // paid + reserve = income - expenses + deficit, to the minor unit

    bool operator==(const PayoutTable&) const = default;
};

// The payout of the contributions and revenue dated in `period`, a month or a
// quarter whatever the co-op's cadence. Throws an Error (ErrorKind::ledger) on
// an unknown kind or an overflow.
PayoutTable compute_payout(const Ledger& ledger, const Period& period);

// The latest period of the cadence with a contribution, review or revenue entry.
std::optional<Period> latest_period(const Ledger& ledger, Cadence cadence);

} // namespace coop
