#pragma once
// coop monitor's report as sections of tables, shared by the terminal and the
// Markdown output: each statistic with its rule, a row per member (or pair,
// entry, kind), and under it the evidence of each flag, so that a member can
// check it by hand.
#include <string>
#include <vector>

#include "model/ledger.hpp"
#include "monitor/monitor.hpp"
#include "table_output.hpp"

namespace coop::cli {

struct Evidence {
    std::string line; // what is flagged, and the figures it compares
    Table table;      // the entries behind it; no columns: none to show
};

struct Section {
    std::string title;
    std::string rule; // how the statistic is computed and when it flags
    Table table;      // no rows: `none` says why
    std::string none; // shown instead of an empty table
    std::vector<Evidence> evidence;
};

// With `flagged_only`, the tables keep the flagged rows only.
std::vector<Section> monitor_sections(const monitor::MonitorReport& report, const Ledger& ledger,
                                      bool flagged_only);

// The four decimals every figure of the report is shown with.
std::string figure(const Rational& r);

// The sections of the statistics on reviews (monitor_review_sections.cpp).
Section reciprocity_section(const monitor::MonitorReport& report, const Ledger& ledger,
                            bool flagged_only);
Section bias_section(const monitor::MonitorReport& report, const Ledger& ledger, bool flagged_only);
Section focus_section(const monitor::MonitorReport& report, bool flagged_only);

} // namespace coop::cli
