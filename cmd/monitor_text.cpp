// coop monitor as terminal text, Markdown and CSV.
#include <fmt/format.h>

#include "monitor_flags.hpp"
#include "monitor_output.hpp"
#include "monitor_sections.hpp"

namespace coop::cli {

namespace {

std::string title(const monitor::MonitorReport& report, const Ledger& ledger) {
    return fmt::format("{}: monitor for {}", ledger.policy.name, format_period(report.period));
}

std::string summary(const monitor::MonitorReport& report) {
    const std::size_t n = report.flag_count();
    return fmt::format("{} flag{} (advisory: the monitor never changes pay)",
                       n == 0 ? std::string("no") : std::to_string(n), n == 1 ? "" : "s");
}

std::string indented(const std::string& text, std::string_view by) {
    std::string out;
    std::size_t from = 0;
    while (from < text.size()) {
        const std::size_t end = text.find('\n', from);
        out += std::string(by) + text.substr(from, end - from + 1);
        from = end == std::string::npos ? text.size() : end + 1;
    }
    return out;
}

// `first` and then the words of `text`, filled into lines of at most `width`
// columns; the lines after the first start with `indent`.
std::string wrapped(std::string_view first, const std::string& text, std::size_t width,
                    std::string_view indent) {
    std::string out;
    std::string line(first);
    bool fresh = first.empty(); // no word in the line yet, nor a start to follow
    std::size_t from = 0;
    while (from < text.size()) {
        std::size_t end = text.find(' ', from);
        if (end == std::string::npos) end = text.size();
        const std::string_view word = std::string_view(text).substr(from, end - from);
        if (!fresh && line.size() + 1 + word.size() > width) {
            out += line + "\n";
            line = std::string(indent);
            fresh = true;
        }
        if (!fresh) line += ' ';
        line += word;
        fresh = false;
        from = end + 1;
    }
    return out + line + "\n";
}

} // namespace

std::string monitor_text(const monitor::MonitorReport& report, const Ledger& ledger,
                         bool flagged_only, bool color) {
    const auto bold = [&](const std::string& s) { return color ? "\033[1m" + s + "\033[0m" : s; };
    std::string out = bold(title(report, ledger)) + "\n" + summary(report) + "\n";
    for (const Section& s : monitor_sections(report, ledger, flagged_only)) {
        out += "\n" + wrapped(bold(s.title) + ":", s.rule, 80, "  ");
        if (s.table.rows.empty())
            out += "  " + s.none + "\n";
        else
            out += indented(render_text(s.table, color), "  ");
        for (const Evidence& e : s.evidence) {
            out += wrapped("  *", e.line, 80, "    ");
            if (!e.table.columns.empty()) out += indented(render_text(e.table, false), "      ");
        }
    }
    return out;
}

std::string monitor_markdown(const monitor::MonitorReport& report, const Ledger& ledger,
                             bool flagged_only) {
    std::string out = "## " + title(report, ledger) + "\n\n" + summary(report) + "\n";
    for (const Section& s : monitor_sections(report, ledger, flagged_only)) {
        out += "\n### " + s.title + "\n\n" + s.rule + "\n\n";
        out += s.table.rows.empty() ? s.none + "\n" : render_markdown(s.table);
        if (!s.evidence.empty()) out += "\n";
        for (const Evidence& e : s.evidence) {
            out += "- " + e.line + "\n";
            if (!e.table.columns.empty()) out += "\n" + indented(render_markdown(e.table), "  ");
        }
    }
    return out;
}

std::string monitor_csv(const monitor::MonitorReport& report, const Ledger& ledger) {
    Table t;
    t.columns = {{"period"}, {"statistic"}, {"member"}, {"entry"}, {"value"}, {"threshold"}};
    const std::string period = format_period(report.period);
    for (const FlagRow& f : flag_rows(report, ledger))
        t.rows.push_back({period, f.statistic, f.member, f.entry, f.value, f.threshold});
    return render_csv(t);
}

} // namespace coop::cli
