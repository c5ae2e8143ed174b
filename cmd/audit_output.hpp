#pragma once
// coop audit's output formats.
#include <string>

#include "audit/finding.hpp"

namespace coop::cli {

// The findings, one a line ("3f2a1c9 2026-11-05 14:02 +0100 O1 path: message"),
// then the edits and removals with their fields, then a summary line.
std::string audit_text(const audit::AuditReport& report, bool color);

// The same as GitHub Markdown tables, for a pull request or a job summary.
std::string audit_markdown(const audit::AuditReport& report);

// {"commits", "merges", "signatures_checked", "findings": [...], "edits": [...]}
std::string audit_json(const audit::AuditReport& report);

} // namespace coop::cli
