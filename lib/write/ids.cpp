#include "write/ids.hpp"

#include <random>

#include <fmt/format.h>

#include "read/fields.hpp"

namespace coop {

namespace {

constexpr std::string_view base32 = "abcdefghijklmnopqrstuvwxyz234567";

bool is_base32(std::string_view s) {
    return s.find_first_not_of(base32) == std::string_view::npos;
}

bool is_suffix_char(char ch) {
    return (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || ch == '-';
}

} // namespace

std::string random_id_suffix() {
    std::random_device device;
    std::uniform_int_distribution<std::size_t> pick(0, base32.size() - 1);
    std::string s;
    for (int i = 0; i < 4; ++i)
        s += base32[pick(device)];
    return s;
}

std::string party_slug(std::string_view party) {
    std::string slug;
    for (char ch : party) {
        if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
        if ((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9'))
            slug += ch;
        else if (!slug.empty() && slug.back() != '-')
            slug += '-';
        if (slug.size() == 16) break;
    }
    while (!slug.empty() && slug.back() == '-')
        slug.pop_back();
    return slug.empty() ? "entry" : slug;
}

std::optional<IdHome> contribution_home(std::string_view id) {
    // <handle>-<8 digits>-<4 chars>: read from the right, the split is unique.
    if (id.size() < 15 || id[id.size() - 5] != '-' || id[id.size() - 14] != '-')
        return std::nullopt;
    const std::string_view handle = id.substr(0, id.size() - 14);
    const std::string_view digits = id.substr(id.size() - 13, 8);
    if (!is_handle(handle) || !is_base32(id.substr(id.size() - 4))) return std::nullopt;
    const auto date = parse_date(
        fmt::format("{}-{}-{}", digits.substr(0, 4), digits.substr(4, 2), digits.substr(6, 2)));
    if (!date || format_date_compact(*date) != digits) return std::nullopt;
    return IdHome{std::string(handle), *date, contributions_path(handle, *date)};
}

std::optional<std::string> revenue_home(std::string_view id) {
    if (id.size() < 14 || id.substr(0, 4) != "rev-" || id[12] != '-') return std::nullopt;
    const std::string_view digits = id.substr(4, 8);
    const std::string_view suffix = id.substr(13);
    if (suffix.size() > 16) return std::nullopt;
    for (char ch : suffix)
        if (!is_suffix_char(ch)) return std::nullopt;
    const auto date = parse_date(
        fmt::format("{}-{}-{}", digits.substr(0, 4), digits.substr(4, 2), digits.substr(6, 2)));
    if (!date || format_date_compact(*date) != digits) return std::nullopt;
    return revenue_path(*date);
}

std::optional<std::string> other_home(std::string_view id, std::string_view own_path) {
    if (auto c = contribution_home(id); c && c->path != own_path) return c->path;
    if (auto r = revenue_home(id); r && *r != own_path) return *r;
    return std::nullopt;
}

std::string contributions_path(std::string_view handle, Date d) {
    return fmt::format("contributions/{:04}/{:02}/{}.yaml", d.year(), d.month(), handle);
}

std::string reviews_path(std::string_view handle, Date d) {
    return fmt::format("reviews/{:04}/{:02}/{}.yaml", d.year(), d.month(), handle);
}

std::string revenue_path(Date d) {
    return fmt::format("revenue/{:04}/{:02}.yaml", d.year(), d.month());
}

std::string member_path(std::string_view handle) {
    return fmt::format("members/{}.yaml", handle);
}

} // namespace coop
