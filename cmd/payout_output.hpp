#pragma once
// coop payout's output formats, each built from the payout records' field
// tables (lib/statement/record_fields.hpp). The JSON shape is SPEC section
// 4's; project pools folded into the general pool (no work in the period) are
// left out of its "pools", as their money is already in the general pool's.
#include <string>

#include "model/policy.hpp"
#include "payout/payout.hpp"
#include "statement/chain.hpp"

namespace coop::cli {

// The title, what was carried in, the member table, the pools and the three
// reconciliation lines, for a terminal.
std::string payout_text(const PeriodPayout& payout, bool color);

// The same as GitHub Markdown, to paste into a pull request or a job summary.
std::string payout_markdown(const PeriodPayout& payout);

// The member table, one row per member, exact, with the period in the first
// column so the rows of several periods can be put together.
std::string payout_csv(const PeriodPayout& payout);

// {"period", "currency", "carried-in", "pools", "members", "totals", "carried-out"}
std::string payout_json(const PayoutTable& table, const Policy& policy);

} // namespace coop::cli
