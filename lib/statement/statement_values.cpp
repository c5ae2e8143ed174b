#include "statement/statement_values.hpp"

#include <string>

#include <fmt/format.h>

#include "model/money.hpp"
#include "model/policy.hpp"
#include "read/fields.hpp"
#include "util/fixed_point.hpp"

namespace coop {

namespace {

// Unsigned decimal text with at most `places` decimals, times 10^places, in 128 bits.
std::optional<int128> parse_decimal128(std::string_view t, int places) {
    const auto dot = t.find('.');
    const std::string_view whole = t.substr(0, dot);
    const std::string_view frac =
        dot == std::string_view::npos ? std::string_view{} : t.substr(dot + 1);
    if (whole.empty() || (dot != std::string_view::npos && frac.empty()) ||
        frac.size() > static_cast<std::size_t>(places) || whole.size() > 24)
        return std::nullopt;
    int128 v = 0;
    for (const char ch : whole) {
        if (ch < '0' || ch > '9') return std::nullopt;
        v = v * 10 + (ch - '0');
    }
    for (int i = 0; i < places; ++i) {
        const auto k = static_cast<std::size_t>(i);
        const char ch = k < frac.size() ? frac[k] : '0';
        if (ch < '0' || ch > '9') return std::nullopt;
        v = v * 10 + (ch - '0');
    }
    return v;
}

// The value as the user wrote it: quoted text in quotes, a bare value bare.
std::string as_written(const Scalar& s) {
    return s.plain ? std::string(s.text) : "'" + std::string(s.text) + "'";
}

std::optional<int128> read_amount(YamlCursor& c, std::string_view key, int digits,
                                  bool may_be_negative) {
    const auto s = read_scalar(c, key);
    if (!s) return std::nullopt;
    std::string_view t = s->text;
    const bool negative = may_be_negative && !t.empty() && t[0] == '-';
    if (negative) t.remove_prefix(1);
    const FixedParse f = parse_fixed(t, digits, max_amount_minor * 1000);
    if (!s->plain && f.error == FixedError::none && f.places_found == digits)
        return negative ? -f.value : f.value;
    c.error(s->pos, fmt::format("'{}' must be an amount in quotes with exactly {} decimals, like "
                                "\"{}\", not {}",
                                key, digits, format_money(Money{12345}, digits), as_written(*s)));
    return std::nullopt;
}

std::optional<int128> read_points(YamlCursor& c, std::string_view key) {
    const auto s = read_scalar(c, key);
    if (!s) return std::nullopt;
    if (!s->plain)
        if (const auto v = parse_decimal128(s->text, points_places)) return *v;
    c.error(s->pos, fmt::format("'{}' must be an exact decimal in quotes with at most {} "
                                "decimals, like \"162.5\", not {}",
                                key, points_places, as_written(*s)));
    return std::nullopt;
}

std::optional<int128> read_count(YamlCursor& c, std::string_view key) {
    const Pos at = c.peek_pos();
    const auto v = read_integer(c, key);
    if (v && *v < 0) {
        c.error(at, fmt::format("'{}' must be 0 or more", key));
        return std::nullopt;
    }
    if (!v) return std::nullopt;
    return *v;
}

} // namespace

std::optional<int128> read_field_value(YamlCursor& c, std::string_view key, FieldType type,
                                       bool may_be_negative, int digits) {
    switch (type) {
    case FieldType::money:
        return read_amount(c, key, digits, may_be_negative);
    case FieldType::points:
        return read_points(c, key);
    case FieldType::count:
    case FieldType::minutes:
        return read_count(c, key);
    }
    return std::nullopt;
}

} // namespace coop
