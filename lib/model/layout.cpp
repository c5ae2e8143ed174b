#include "model/layout.hpp"

#include <algorithm>
#include <vector>

#include <fmt/format.h>

namespace coop {

namespace {

std::vector<std::string_view> split(std::string_view s) {
    std::vector<std::string_view> parts;
    std::size_t start = 0;
    for (;;) {
        const auto slash = s.find('/', start);
        parts.push_back(s.substr(start, slash - start));
        if (slash == std::string_view::npos) break;
        start = slash + 1;
    }
    return parts;
}

bool is_digit(char c) {
    return c >= '0' && c <= '9';
}

bool digits(std::string_view s, std::size_t n) {
    return s.size() == n && std::all_of(s.begin(), s.end(), is_digit);
}

int number(std::string_view s) {
    int v = 0;
    for (char c : s)
        v = v * 10 + (c - '0');
    return v;
}

bool read_year_month(std::string_view y, std::string_view m, LedgerPath& out) {
    if (!digits(y, 4) || !digits(m, 2)) return false;
    out.year = number(y);
    out.month = number(m);
    return out.year >= 1 && out.month >= 1 && out.month <= 12;
}

constexpr std::string_view yaml_ext = ".yaml";

std::optional<std::string_view> stem(std::string_view name) {
    if (name.size() <= yaml_ext.size() || !name.ends_with(yaml_ext)) return std::nullopt;
    return name.substr(0, name.size() - yaml_ext.size());
}

// "alice.yaml" -> "alice" when the name has a handle's form (the rules report
// a reserved prefix at the handle, with a better message than "unexpected file").
bool handle_file(std::string_view name, LedgerPath& out) {
    const auto handle = stem(name);
    if (!handle || !is_handle_form(*handle)) return false;
    out.handle = std::string(*handle);
    return true;
}

// The date of <yyyymmdd>, only when it is a real day written canonically.
std::optional<Date> compact_date(std::string_view digits8) {
    if (!digits(digits8, 8)) return std::nullopt;
    const auto d = parse_date(
        fmt::format("{}-{}-{}", digits8.substr(0, 4), digits8.substr(4, 2), digits8.substr(6, 2)));
    if (!d || format_date_compact(*d) != digits8) return std::nullopt;
    return d;
}

bool is_id_char(char ch) {
    return id_alphabet.find(ch) != std::string_view::npos;
}

} // namespace

LedgerPath classify_path(std::string_view rel) {
    LedgerPath out;
    const auto parts = split(rel);
    if (parts.size() == 1 && parts[0] == "coop.yaml") {
        out.kind = FileKind::policy;
        return out;
    }
    const std::string_view top = parts[0];
    if (top == "members") {
        if (parts.size() == 2 && handle_file(parts[1], out))
            out.kind = FileKind::member;
        else
            out.expected = "members/<handle>.yaml";
    } else if (top == "contributions" || top == "reviews" || top == "stances") {
        if (parts.size() == 4 && read_year_month(parts[1], parts[2], out) &&
            handle_file(parts[3], out))
            out.kind = top == "reviews"   ? FileKind::reviews
                       : top == "stances" ? FileKind::stances
                                          : FileKind::contributions;
        else
            out.expected = std::string(top) + "/<YYYY>/<MM>/<handle>.yaml";
    } else if (top == "revenue") {
        const auto v1_month = parts.size() == 3 ? stem(parts[2]) : std::nullopt;
        if ((v1_month && read_year_month(parts[1], *v1_month, out)) ||
            (parts.size() == 4 && read_year_month(parts[1], parts[2], out) &&
             handle_file(parts[3], out)))
            out.kind = FileKind::revenue;
        else
            out.expected = "revenue/<YYYY>/<MM>/<handle>.yaml";
    } else if (top == "proposals") {
        const auto id = parts.size() == 3 ? stem(parts[2]) : std::nullopt;
        if (id && digits(parts[1], 4) && is_proposal_id(*id)) {
            out.kind = FileKind::proposal;
            out.year = number(parts[1]);
            out.id = std::string(*id);
        } else
            out.expected = "proposals/<YYYY>/prop-<yyyymmdd>-<name>.yaml";
    } else if (top == "payouts") {
        if (parts.size() == 2)
            out.kind = FileKind::statement;
        else
            out.expected = "payouts/<period>.yaml";
    } else if (top == "payments") {
        if (parts.size() == 2)
            out.kind = FileKind::payments;
        else
            out.expected = "payments/<period>.yaml";
    }
    return out;
}

bool is_handle_form(std::string_view s) {
    if (s.empty() || s.size() > 32 || s[0] < 'a' || s[0] > 'z') return false;
    return std::all_of(s.begin(), s.end(), [](char ch) {
        return (ch >= 'a' && ch <= 'z') || is_digit(ch) || ch == '-';
    });
}

bool is_handle(std::string_view s) {
    return !handle_problem(s);
}

std::optional<std::string> handle_problem(std::string_view s) {
    if (!is_handle_form(s))
        return fmt::format("'{}' is not a valid handle (a lowercase letter, then up to 31 "
                           "lowercase letters, digits or dashes)",
                           s);
    for (const std::string_view prefix : reserved_handle_prefixes)
        if (s.starts_with(prefix))
            return fmt::format("handle '{}' starts with '{}', which begins the ids of other "
                               "entries; choose a handle that does not start with rev, prop or "
                               "circle",
                               s, prefix);
    return std::nullopt;
}

std::string member_path(std::string_view handle) {
    return fmt::format("members/{}.yaml", handle);
}

std::string year_month(Date d) {
    return fmt::format("{:04}/{:02}", d.year(), d.month());
}

std::string month_folder(std::string_view top, Date d) {
    return fmt::format("{}/{}", top, year_month(d));
}

std::string contributions_path(std::string_view handle, Date d) {
    return fmt::format("{}/{}.yaml", month_folder("contributions", d), handle);
}

std::string reviews_path(std::string_view handle, Date d) {
    return fmt::format("{}/{}.yaml", month_folder("reviews", d), handle);
}

std::string revenue_path(std::string_view treasurer, Date d) {
    return fmt::format("{}/{}.yaml", month_folder("revenue", d), treasurer);
}

std::string revenue_v1_path(Date d) {
    return month_folder("revenue", d) + ".yaml";
}

std::string statement_path(std::string_view period) {
    return fmt::format("payouts/{}.yaml", period);
}

namespace {

std::optional<Period> period_file(std::string_view rel, std::string_view dir) {
    if (!rel.starts_with(dir) || !rel.ends_with(yaml_ext)) return std::nullopt;
    return parse_period(rel.substr(dir.size(), rel.size() - dir.size() - yaml_ext.size()));
}

} // namespace

std::optional<Period> statement_period(std::string_view rel) {
    return period_file(rel, "payouts/");
}

std::string payments_path(std::string_view period) {
    return fmt::format("payments/{}.yaml", period);
}

std::optional<Period> payments_period(std::string_view rel) {
    return period_file(rel, "payments/");
}

std::string contribution_id_prefix(std::string_view handle, Date d) {
    return fmt::format("{}-{}-", handle, format_date_compact(d));
}

bool is_contribution_id(std::string_view id, std::string_view handle, Date d) {
    const std::string prefix = contribution_id_prefix(handle, d);
    return id.size() == prefix.size() + id_suffix_length && id.starts_with(prefix) &&
           std::all_of(id.begin() + static_cast<std::ptrdiff_t>(prefix.size()), id.end(),
                       is_id_char);
}

std::optional<ContributionIdParts> parse_contribution_id(std::string_view id) {
    // <handle>-<8 digits>-<4 chars>: read from the right, the split is unique.
    constexpr std::size_t tail = 1 + 8 + 1 + id_suffix_length;
    if (id.size() <= tail) return std::nullopt;
    const std::string_view handle = id.substr(0, id.size() - tail);
    if (!is_handle_form(handle) || id[handle.size()] != '-') return std::nullopt;
    const auto date = compact_date(id.substr(handle.size() + 1, 8));
    if (!date || !is_contribution_id(id, handle, *date)) return std::nullopt;
    return ContributionIdParts{std::string(handle), *date};
}

std::string revenue_id_prefix(Date d) {
    return fmt::format("rev-{}-", format_date_compact(d));
}

bool is_revenue_id_suffix_char(char ch) {
    return (ch >= 'a' && ch <= 'z') || is_digit(ch) || ch == '-';
}

bool is_revenue_id(std::string_view id, Date d) {
    const std::string prefix = revenue_id_prefix(d);
    if (!id.starts_with(prefix)) return false;
    const std::string_view suffix = id.substr(prefix.size());
    return !suffix.empty() && suffix.size() <= revenue_suffix_max &&
           std::all_of(suffix.begin(), suffix.end(), is_revenue_id_suffix_char);
}

std::optional<Date> parse_revenue_id(std::string_view id) {
    if (id.size() < 14 || !id.starts_with("rev-") || id[12] != '-') return std::nullopt;
    const auto date = compact_date(id.substr(4, 8));
    if (!date || !is_revenue_id(id, *date)) return std::nullopt;
    return date;
}

std::string stances_path(std::string_view handle, Date d) {
    return fmt::format("{}/{}.yaml", month_folder("stances", d), handle);
}

std::optional<std::string> proposal_path(std::string_view id) {
    const auto d = parse_proposal_id(id);
    if (!d) return std::nullopt;
    return fmt::format("proposals/{:04}/{}.yaml", d->year(), id);
}

std::optional<Date> parse_proposal_id(std::string_view id) {
    if (!id.starts_with(proposal_id_prefix)) return std::nullopt;
    const std::string_view rest = id.substr(proposal_id_prefix.size());
    if (rest.size() < 10 || rest[8] != '-') return std::nullopt;
    const std::string_view name = rest.substr(9);
    if (name.size() > proposal_name_max || !std::all_of(name.begin(), name.end(), [](char ch) {
            return (ch >= 'a' && ch <= 'z') || is_digit(ch) || ch == '-';
        }))
        return std::nullopt;
    return compact_date(rest.substr(0, 8));
}

bool is_proposal_id(std::string_view id) {
    return parse_proposal_id(id).has_value();
}

} // namespace coop
