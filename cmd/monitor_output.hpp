#pragma once
// coop monitor's output formats: the report as terminal text or Markdown (the
// sections of monitor_sections.hpp), the flags as CSV, everything as JSON
// (documented in man/coop-monitor.1).
#include <string>

#include "model/ledger.hpp"
#include "monitor/monitor.hpp"

namespace coop::cli {

std::string monitor_text(const monitor::MonitorReport& report, const Ledger& ledger,
                         bool flagged_only, bool color);
std::string monitor_markdown(const monitor::MonitorReport& report, const Ledger& ledger,
                             bool flagged_only);
// One row per flag: statistic, member, entry, value, threshold, evidence.
std::string monitor_csv(const monitor::MonitorReport& report, const Ledger& ledger);
std::string monitor_json(const monitor::MonitorReport& report, const Ledger& ledger);

} // namespace coop::cli
