#include "read/ledger_path.hpp"

#include <vector>

#include "read/fields.hpp"

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

bool digits(std::string_view s, std::size_t n) {
    if (s.size() != n) return false;
    for (char c : s)
        if (c < '0' || c > '9') return false;
    return true;
}

int number(std::string_view s) {
    int v = 0;
    for (char c : s)
        v = v * 10 + (c - '0');
    return v;
}

bool year_month(std::string_view y, std::string_view m, LedgerPath& out) {
    if (!digits(y, 4) || !digits(m, 2)) return false;
    out.year = number(y);
    out.month = number(m);
    return out.year >= 1 && out.month >= 1 && out.month <= 12;
}

// "alice.yaml" -> "alice" when the name is a handle.
bool handle_file(std::string_view name, LedgerPath& out) {
    constexpr std::string_view ext = ".yaml";
    if (name.size() <= ext.size() || name.substr(name.size() - ext.size()) != ext) return false;
    const std::string_view handle = name.substr(0, name.size() - ext.size());
    if (!is_handle(handle)) return false;
    out.handle = std::string(handle);
    return true;
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
    } else if (top == "contributions" || top == "reviews") {
        if (parts.size() == 4 && year_month(parts[1], parts[2], out) && handle_file(parts[3], out))
            out.kind = top == "reviews" ? FileKind::reviews : FileKind::contributions;
        else
            out.expected = std::string(top) + "/<YYYY>/<MM>/<handle>.yaml";
    } else if (top == "revenue") {
        const std::string_view name = parts.size() == 3 ? parts[2] : std::string_view{};
        if (name.size() == 7 && name.substr(2) == ".yaml" &&
            year_month(parts[1], name.substr(0, 2), out))
            out.kind = FileKind::revenue;
        else
            out.expected = "revenue/<YYYY>/<MM>.yaml";
    } else if (top == "payouts") {
        if (parts.size() == 2)
            out.kind = FileKind::statement;
        else
            out.expected = "payouts/<period>.yaml";
    }
    return out;
}

std::optional<Period> statement_period(std::string_view rel) {
    constexpr std::string_view dir = "payouts/", ext = ".yaml";
    if (!rel.starts_with(dir) || !rel.ends_with(ext)) return std::nullopt;
    return parse_period(rel.substr(dir.size(), rel.size() - dir.size() - ext.size()));
}

} // namespace coop
