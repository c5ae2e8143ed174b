#include "write/ledger_facts.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "model/error.hpp"
#include "model/layout.hpp"
#include "read/fields.hpp"
#include "read/partial_reader.hpp"
#include "write/yaml_text.hpp"

namespace fs = std::filesystem;

namespace coop {

namespace {

bool digits(std::string_view s, std::size_t n) {
    return s.size() == n &&
           std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

std::vector<std::string> sorted_names(const fs::path& dir) {
    std::vector<std::string> names;
    std::error_code ec;
    for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec))
        names.push_back(it->path().filename().string());
    std::sort(names.begin(), names.end());
    return names;
}

} // namespace

Policy read_policy(const fs::path& root) {
    Diagnostics ignored;
    return read_partial_ledger(root, {}, ignored).policy;
}

std::optional<std::string> closed_statement(const fs::path& root, Date d) {
    for (Cadence c : {Cadence::monthly, Cadence::quarterly}) {
        const std::string path = statement_path(format_period(period_of(d, c)));
        std::error_code ec;
        if (fs::exists(root / path, ec)) return path;
    }
    return std::nullopt;
}

void refuse_closed(const fs::path& root, Date d, std::string_view what) {
    if (const auto statement = closed_statement(root, d))
        throw Error(ErrorKind::ledger,
                    fmt::format("{} is dated {}, in a closed period ({} exists); a closed "
                                "period's books do not change",
                                what, format_date(d), *statement));
}

std::vector<Date> months_from(const fs::path& root, std::string_view top, Date from) {
    const Date first = make_date(from.year(), from.month(), 1);
    std::vector<Date> months;
    for (const std::string& year : sorted_names(root / top)) {
        if (!digits(year, 4)) continue;
        for (std::string month : sorted_names(root / top / year)) {
            if (top == "revenue" && month.ends_with(".yaml")) month.resize(month.size() - 5);
            if (!digits(month, 2)) continue;
            const int y = std::stoi(year), m = std::stoi(month);
            if (y < 1 || m < 1 || m > 12) continue;
            const Date d = make_date(y, m, 1);
            if (first <= d && (months.empty() || months.back() != d)) months.push_back(d);
        }
    }
    return months;
}

std::vector<std::string> activity_files(const fs::path& root, Date from, Date to,
                                        std::string_view handle) {
    std::vector<std::string> files;
    const Date last = make_date(to.year(), to.month(), 1);
    for (std::string_view top : {"contributions", "reviews"})
        for (const Date month : months_from(root, top, from)) {
            if (month > last) break;
            const std::string folder = month_folder(top, month);
            for (const std::string& name : sorted_names(root / folder)) {
                const LedgerPath where = classify_path(folder + "/" + name);
                if (where.kind != FileKind::unexpected &&
                    (handle.empty() || where.handle == handle))
                    files.push_back(folder + "/" + name);
            }
        }
    return files;
}

std::vector<std::string> revenue_files(const fs::path& root, Date d) {
    std::vector<std::string> files;
    const std::string v1 = revenue_v1_path(d);
    std::error_code ec;
    if (fs::is_regular_file(root / v1, ec)) files.push_back(v1);
    const std::string folder = month_folder("revenue", d);
    for (const std::string& name : sorted_names(root / folder))
        if (classify_path(folder + "/" + name).kind == FileKind::revenue)
            files.push_back(folder + "/" + name);
    return files;
}

std::vector<std::string> member_files(const fs::path& root) {
    std::vector<std::string> files;
    for (const std::string& name : sorted_names(root / "members"))
        if (const std::string path = "members/" + name;
            classify_path(path).kind == FileKind::member)
            files.push_back(path);
    return files;
}

void require_utf8(std::string_view text, std::string_view what) {
    if (!valid_utf8(text))
        throw Error(ErrorKind::usage, fmt::format("{} is not valid UTF-8 text", what));
}

} // namespace coop
