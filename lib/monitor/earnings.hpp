#pragma once
// What concentration is measured on: each member's earned amount e(m) (SPEC 3
// rule 9) and points in a period. The one place the monitor reads the payout.
#include <string_view>
#include <vector>

#include "model/date.hpp"
#include "model/ledger.hpp"
#include "model/money.hpp"
#include "util/checked.hpp"

namespace coop {
struct PayoutTable;
}

namespace coop::monitor {

struct MemberEarning {
    std::string_view handle;
    Money earned;
    int128 points = 0; // times 10^points_places
};

// The members who took part in the period, a contribution or a commission, by
// handle. Throws what PayoutChain::payout throws.
std::vector<MemberEarning> period_earnings(const Ledger& ledger, const Period& period);

// The same of a payout the caller already has (coop report walks the chain once).
std::vector<MemberEarning> period_earnings(const Ledger& ledger, const PayoutTable& table);

} // namespace coop::monitor
