#pragma once
// coop tally's output formats: one table per --by, as text, Markdown, CSV or
// JSON ({"period": ..., "contributions" | "members" | "reviewers": [...]}).
#include <string>

#include "model/ledger.hpp"
#include "payout/tally.hpp"

namespace coop::cli {

enum class TallyBy { contribution, member, reviewer };

std::string tally_text(const Tally& tally, const Ledger& ledger, TallyBy by, bool color);
std::string tally_markdown(const Tally& tally, const Ledger& ledger, TallyBy by);
std::string tally_csv(const Tally& tally, TallyBy by);
std::string tally_json(const Tally& tally, TallyBy by);

} // namespace coop::cli
