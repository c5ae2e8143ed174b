#pragma once
// coop payout's output formats. The JSON shape is SPEC section 4's; project
// pools folded into the general pool (no work in the period) are left out of
// its "pools", as their money is already in the general pool's numbers.
#include <string>

#include "model/policy.hpp"
#include "payout/payout.hpp"

namespace coop::cli {

// The title, the member table, the pools with the reconciliation, for a terminal.
std::string payout_text(const PayoutTable& table, const Policy& policy, bool color);

// The same as GitHub Markdown, to paste into a pull request or a job summary.
std::string payout_markdown(const PayoutTable& table, const Policy& policy);

// The member table only: member, minutes, contributions, points,
// share_percent, commission, amount.
std::string payout_csv(const PayoutTable& table, const Policy& policy);

// {"period", "currency", "pools": [...], "members": [...], "totals": {...}}
std::string payout_json(const PayoutTable& table, const Policy& policy);

// Whether paid + reserve = income - expenses + deficit, to the minor unit.
bool payout_reconciles(const PayoutTable& table);

} // namespace coop::cli
