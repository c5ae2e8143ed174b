#pragma once
// coop tally's output formats: one table per --by, as text, Markdown, CSV or
// JSON ({"period": ..., "contributions" | "members" | "reviewers": [...]}).
#include <string>
#include <vector>

#include "model/ledger.hpp"
#include "payout/tally.hpp"

namespace coop::cli {

enum class TallyBy { contribution, member, reviewer };

// A tally and the summaries of its contributions (parallel to
// tally.contributions), which the ledger does not keep.
struct TallyView {
    const Tally& tally;
    std::vector<std::string> summaries;
};

// The summaries of a tally's contributions, read again from their files.
TallyView tally_view(const Tally& tally, const Ledger& ledger);

// Summaries are cut to fit the terminal and Markdown tables; CSV and JSON
// have them whole.
std::string tally_text(const TallyView& view, const Ledger& ledger, TallyBy by, bool color);
std::string tally_markdown(const TallyView& view, const Ledger& ledger, TallyBy by);
std::string tally_csv(const TallyView& view, TallyBy by);
std::string tally_json(const TallyView& view, TallyBy by);

} // namespace coop::cli
