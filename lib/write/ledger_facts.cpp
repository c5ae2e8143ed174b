#include "write/ledger_facts.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "model/error.hpp"
#include "read/fields.hpp"
#include "read/partial_reader.hpp"
#include "write/ids.hpp"
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
        const std::string path = fmt::format("payouts/{}.yaml", format_period(period_of(d, c)));
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

bool id_taken_elsewhere(const fs::path& root, std::string_view id, std::string_view own_path) {
    const auto other = other_home(id, own_path);
    if (!other) return false;
    PartialRead what;
    what.files.push_back(*other);
    Diagnostics ignored;
    const Ledger l = read_partial_ledger(root, what, ignored);
    return l.find_contribution(id) != no_entry ||
           std::any_of(l.revenue.begin(), l.revenue.end(),
                       [&](const RevenueEntry& e) { return e.id == id; });
}

std::vector<std::string> months_from(const fs::path& root, std::string_view top, Date from) {
    const std::string first = fmt::format("{:04}/{:02}", from.year(), from.month());
    std::vector<std::string> months;
    for (const std::string& year : sorted_names(root / top)) {
        if (!digits(year, 4)) continue;
        for (std::string month : sorted_names(root / top / year)) {
            if (top == "revenue") {
                if (!month.ends_with(".yaml")) continue;
                month.resize(month.size() - 5);
            }
            if (!digits(month, 2)) continue;
            const std::string ym = year + "/" + month;
            if (ym >= first) months.push_back(ym);
        }
    }
    return months;
}

std::vector<std::string> member_files(const fs::path& root) {
    std::vector<std::string> files;
    for (const std::string& name : sorted_names(root / "members"))
        if (name.ends_with(".yaml") && is_handle(name.substr(0, name.size() - 5)))
            files.push_back("members/" + name);
    return files;
}

void require_utf8(std::string_view text, std::string_view what) {
    if (!valid_utf8(text))
        throw Error(ErrorKind::usage, fmt::format("{} is not valid UTF-8 text", what));
}

} // namespace coop
