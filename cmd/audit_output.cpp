#include "audit_output.hpp"

#include <fmt/format.h>

#include "entry_change_text.hpp"
#include "table_output.hpp"
#include "util/json.hpp"

namespace coop::cli {

namespace {

std::string plural(std::size_t n, std::string_view one, std::string_view many) {
    return fmt::format("{} {}", n, n == 1 ? one : many);
}

std::string summary(const audit::AuditReport& r) {
    return fmt::format("{} ({}), {} checked: {}{}, {}", plural(r.commits, "commit", "commits"),
                       plural(r.merges, "merge", "merges"),
                       plural(r.signatures_checked, "signature", "signatures"),
                       plural(r.findings.size(), "finding", "findings"),
                       r.waived.empty() ? "" : fmt::format(" ({} waived)", r.waived.size()),
                       plural(r.edits.size(), "edit or removal", "edits and removals"));
}

std::string where(const audit::Finding& f) {
    return f.path.empty() ? std::string("commit") : f.path;
}

} // namespace

std::string audit_text(const audit::AuditReport& r, bool color) {
    const auto bold = [&](const std::string& s) { return color ? "\x1b[1m" + s + "\x1b[0m" : s; };
    const auto red = [&](const std::string& s) { return color ? "\x1b[1;31m" + s + "\x1b[0m" : s; };
    std::string out;
    if (!r.findings.empty()) out += bold("Findings") + "\n";
    for (const auto& f : r.findings)
        out += fmt::format("{} {} {} {}: {}\n", f.commit.substr(0, 7), f.date, red(f.rule),
                           where(f), f.message);
    if (!r.waived.empty()) out += (out.empty() ? "" : "\n") + bold("Waived") + "\n";
    for (const auto& w : r.waived)
        out += fmt::format("{} {} {} {}: {} (waived by {})\n", w.finding.commit.substr(0, 7),
                           w.finding.date, w.finding.rule, where(w.finding), w.finding.message,
                           w.proposal);
    if (!r.edits.empty()) out += (out.empty() ? "" : "\n") + bold("Edits and removals") + "\n";
    for (const auto& e : r.edits) {
        out += fmt::format("{} {} {} {}: {} {}\n", e.commit.substr(0, 7), e.date, e.author, e.path,
                           e.change.entry.key, op_name(e.change.op));
        for (const auto& line : field_lines(e.change))
            out += "    " + line + "\n";
    }
    if (!out.empty()) out += "\n";
    return out + "audit: " + summary(r) + "\n";
}

std::string audit_markdown(const audit::AuditReport& r) {
    std::string out = "## coop audit\n\n" + summary(r) + "\n";
    if (!r.findings.empty()) {
        Table t;
        t.columns = {{"commit"}, {"date"}, {"author"}, {"rule"}, {"file"}, {"finding"}};
        for (const auto& f : r.findings)
            t.rows.push_back(
                {f.commit.substr(0, 7), f.date, f.author, f.rule, where(f), f.message});
        out += "\n### Findings\n\n" + render_markdown(t);
    }
    if (!r.waived.empty()) {
        Table t;
        t.columns = {{"commit"}, {"date"},    {"author"},   {"rule"},
                     {"file"},   {"finding"}, {"waived by"}};
        for (const auto& w : r.waived)
            t.rows.push_back({w.finding.commit.substr(0, 7), w.finding.date, w.finding.author,
                              w.finding.rule, where(w.finding), w.finding.message, w.proposal});
        out += "\n### Waived\n\n" + render_markdown(t);
    }
    if (!r.edits.empty()) {
        Table t;
        t.columns = {{"commit"}, {"date"}, {"author"}, {"file"}, {"entry"}, {"change"}};
        for (const auto& e : r.edits) {
            std::string fields;
            for (const auto& line : field_lines(e.change))
                fields += (fields.empty() ? "" : "; ") + line;
            t.rows.push_back({e.commit.substr(0, 7), e.date, e.author, e.path, e.change.entry.key,
                              fmt::format("{}: {}", op_name(e.change.op), fields)});
        }
        out += "\n### Edits and removals\n\n" + render_markdown(t);
    }
    return out;
}

std::string audit_json(const audit::AuditReport& r) {
    std::string out =
        fmt::format("{{\"commits\": {}, \"merges\": {}, \"signatures_checked\": {},\n", r.commits,
                    r.merges, r.signatures_checked);
    out += " \"findings\": [";
    for (std::size_t i = 0; i < r.findings.size(); ++i) {
        const auto& f = r.findings[i];
        out += fmt::format("{}\n  {{\"rule\": {}, \"commit\": {}, \"author\": {}, \"date\": {}, "
                           "\"path\": {}, \"message\": {}}}",
                           i ? "," : "", json_string(f.rule), json_string(f.commit),
                           json_string(f.author), json_string(f.date),
                           f.path.empty() ? "null" : json_string(f.path), json_string(f.message));
    }
    out += r.findings.empty() ? "],\n" : "\n ],\n";
    out += " \"waived\": [";
    for (std::size_t i = 0; i < r.waived.size(); ++i) {
        const auto& f = r.waived[i].finding;
        out += fmt::format("{}\n  {{\"rule\": {}, \"commit\": {}, \"author\": {}, \"date\": {}, "
                           "\"path\": {}, \"message\": {}, \"waived_by\": {}}}",
                           i ? "," : "", json_string(f.rule), json_string(f.commit),
                           json_string(f.author), json_string(f.date),
                           f.path.empty() ? "null" : json_string(f.path), json_string(f.message),
                           json_string(r.waived[i].proposal));
    }
    out += r.waived.empty() ? "],\n" : "\n ],\n";
    out += " \"edits\": [";
    for (std::size_t i = 0; i < r.edits.size(); ++i) {
        const auto& e = r.edits[i];
        out +=
            fmt::format("{}\n  {{\"commit\": {}, \"author\": {}, \"date\": {}, \"path\": {}, "
                        "\"entry\": {}, \"change\": {}, \"fields\": {}}}",
                        i ? "," : "", json_string(e.commit), json_string(e.author),
                        json_string(e.date), json_string(e.path), json_string(e.change.entry.key),
                        json_string(op_name(e.change.op)), fields_json(e.change));
    }
    out += r.edits.empty() ? "]}\n" : "\n ]}\n";
    return out;
}

} // namespace coop::cli
