#pragma once
// coop monitor's flags as a flat list: what CSV writes, one row each, and what
// JSON lists under "flags".
#include <string>
#include <vector>

#include "model/ledger.hpp"
#include "monitor/monitor.hpp"

namespace coop::cli {

struct FlagRow {
    std::string statistic; // reciprocity, bias, focus, hours, day, backdating, self-dealing, gini
    std::string member;    // who it is about ("a,b" for a pair; empty for a Gini)
    std::string entry;     // the entry it names, if any
    std::string value;     // the figure past its threshold
    std::string threshold;
};

// In the order of the report's sections; as many as report.flag_count().
std::vector<FlagRow> flag_rows(const monitor::MonitorReport& report, const Ledger& ledger);

} // namespace coop::cli
