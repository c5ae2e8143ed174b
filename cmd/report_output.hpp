#pragma once
// coop report's output: tables (terminal, CSV, Markdown), JSON and the static
// transparency page. Every figure of the page is printed by the same
// functions as the JSON's (report_cells), so the two cannot disagree.
#include <string>
#include <vector>

#include "model/date.hpp"
#include "report/report.hpp"

namespace coop::cli {

// A proposal that has not passed, counted as coop proposals counts it.
struct OpenProposal {
    std::string id, title, proposer, kind;
    Date date;
    int voters = 0, consents = 0, objections = 0, abstentions = 0;
};

struct ReportView {
    Report report;
    std::string coop_name;
    std::vector<OpenProposal> proposals; // none unless asked for (--html, json)
};

// The text of figures, shared by every format.
std::string money_text(const Report& r, Money m);
std::string time_text(std::int64_t minutes);            // "12h30m"
std::string gini_text(const monitor::Concentration& c); // 4 places, "-" when undefined
std::string top_share_text(const monitor::Concentration& c);

std::string report_text(const ReportView& view, bool color);
std::string report_markdown(const ReportView& view);
std::string report_csv(const ReportView& view);
std::string report_json(const ReportView& view);

// index.html, one page per period and per member, and style.css into `dir`
// (created), each written atomically. Returns the files written, relative.
std::vector<std::string> write_report_site(const ReportView& view, const std::string& dir);

} // namespace coop::cli
