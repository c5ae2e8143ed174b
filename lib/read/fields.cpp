#include "read/fields.hpp"

#include <algorithm>
#include <array>
#include <vector>

#include "model/policy.hpp"
#include "util/fixed_point.hpp"
#include "util/suggest.hpp"

namespace coop {

namespace {

bool all_of(std::string_view s, bool (*pred)(char)) {
    return !s.empty() && std::all_of(s.begin(), s.end(), pred);
}

bool digit(char ch) {
    return ch >= '0' && ch <= '9';
}

bool looks_integer(std::string_view s) {
    if (!s.empty() && (s[0] == '-' || s[0] == '+')) s.remove_prefix(1);
    if (s.size() > 2 && s[0] == '0' && (s[1] == 'x' || s[1] == 'o')) return true;
    return all_of(s, digit);
}

bool looks_float(std::string_view s) {
    if (!s.empty() && (s[0] == '-' || s[0] == '+')) s.remove_prefix(1);
    static constexpr std::array<std::string_view, 6> special = {".inf", ".Inf", ".INF",
                                                                ".nan", ".NaN", ".NAN"};
    if (std::find(special.begin(), special.end(), s) != special.end()) return true;
    const auto e = s.find_first_of("eE");
    std::string_view mantissa = s.substr(0, e);
    if (e != std::string_view::npos) {
        std::string_view exp = s.substr(e + 1);
        if (!exp.empty() && (exp[0] == '-' || exp[0] == '+')) exp.remove_prefix(1);
        if (!all_of(exp, digit)) return false;
    }
    const auto dot = mantissa.find('.');
    if (dot == std::string_view::npos)
        return e != std::string_view::npos && all_of(mantissa, digit);
    const auto whole = mantissa.substr(0, dot), frac = mantissa.substr(dot + 1);
    return (whole.empty() || all_of(whole, digit)) && (frac.empty() || all_of(frac, digit)) &&
           !(whole.empty() && frac.empty());
}

const char* type_name(PlainType t) {
    switch (t) {
    case PlainType::null:
        return "nothing";
    case PlainType::boolean:
        return "a yes/no value";
    case PlainType::integer:
        return "a number";
    case PlainType::floating:
        return "a number";
    case PlainType::text:
        return "text";
    }
    return "text";
}

// Why text that should be a date is not one, as precisely as the text allows.
std::string date_problem(std::string_view t) {
    const auto digits_at = [&](std::size_t from, std::size_t n) {
        return std::all_of(t.begin() + static_cast<std::ptrdiff_t>(from),
                           t.begin() + static_cast<std::ptrdiff_t>(from + n), digit);
    };
    if (t.size() == 10 && t[4] == '-' && t[7] == '-' && digits_at(0, 4) && digits_at(5, 2) &&
        digits_at(8, 2)) {
        const int year = std::stoi(std::string(t.substr(0, 4)));
        const int month = std::stoi(std::string(t.substr(5, 2)));
        const int day = std::stoi(std::string(t.substr(8, 2)));
        if (month < 1 || month > 12)
            return fmt::format("'{}' is not a date: there is no month {}", t, t.substr(5, 2));
        if (year >= 1 && day > days_in_month(year, month))
            return fmt::format("'{}' is not a date: {} has only {} days", t, t.substr(0, 7),
                               days_in_month(year, month));
    }
    return fmt::format("'{}' is not a date; write YYYY-MM-DD", t);
}

} // namespace

PlainType classify(const Scalar& s) {
    if (!s.plain) return PlainType::text;
    const std::string_view t = s.text;
    static constexpr std::array<std::string_view, 5> nulls = {"", "~", "null", "Null", "NULL"};
    static constexpr std::array<std::string_view, 22> bools = {
        "true", "True", "TRUE", "false", "False", "FALSE", "yes", "Yes", "YES", "no", "No",
        "NO",   "on",   "On",   "ON",    "off",   "Off",   "OFF", "y",   "Y",   "n",  "N"};
    if (std::find(nulls.begin(), nulls.end(), t) != nulls.end()) return PlainType::null;
    if (std::find(bools.begin(), bools.end(), t) != bools.end()) return PlainType::boolean;
    if (looks_integer(t)) return PlainType::integer;
    if (looks_float(t)) return PlainType::floating;
    return PlainType::text;
}

bool is_project(std::string_view s) {
    if (s.empty() || s.size() > 64 || s[0] == '-') return false;
    return std::all_of(s.begin(), s.end(),
                       [](char ch) { return (ch >= 'a' && ch <= 'z') || digit(ch) || ch == '-'; });
}

int KeyTable::find(std::string_view key) const {
    for (std::size_t i = 0; i < keys.size(); ++i)
        if (keys[i] == key) return static_cast<int>(i);
    return -1;
}

int KeyTable::suggestion(std::string_view key) const {
    for (const auto& a : aliases)
        if (a.wrong == key) return find(a.right);
    if (const auto near = closest(key, keys)) return find(*near);
    return -1;
}

std::string KeyTable::unknown_key_message(std::string_view key) const {
    if (const int hint = suggestion(key); hint >= 0)
        return fmt::format("unknown key '{}' in {}; did you mean '{}'?", key, what,
                           keys[static_cast<std::size_t>(hint)]);
    return fmt::format("unknown key '{}' in {} (known: {})", key, what, join(keys));
}

std::optional<Scalar> read_scalar(YamlCursor& c, std::string_view key) {
    const NodeKind kind = c.peek();
    if (kind == NodeKind::none) return std::nullopt;
    if (kind != NodeKind::scalar) {
        c.error(c.peek_pos(), fmt::format("'{}' must be a single value, not a {}", key,
                                          kind == NodeKind::mapping ? "mapping" : "list"));
        c.skip();
        return std::nullopt;
    }
    Scalar s;
    c.scalar(s);
    if (s.alias) return std::nullopt;
    return s;
}

namespace {

// A text value, or an item of a list of texts (`item`): the advice to quote
// differs, as `key: "x"` would not be a list any more.
std::optional<std::string_view> read_text_value(YamlCursor& c, std::string_view key,
                                                StringPool& pool, bool required, bool intern,
                                                bool item) {
    const auto s = read_scalar(c, key);
    if (!s) return std::nullopt;
    const PlainType type = classify(*s);
    if (type == PlainType::null || s->text.empty()) {
        if (required)
            c.error(s->pos, item ? fmt::format("an item of '{}' is empty", key)
                                 : fmt::format("'{}' is empty", key));
        return std::nullopt;
    }
    if (type != PlainType::text) {
        c.error(s->pos, item ? fmt::format("the items of '{}' must be text, not {}; quote it: "
                                           "\"{}\"",
                                           key, type_name(type), s->text)
                             : fmt::format("'{}' must be text, not {}; quote it: {}: \"{}\"", key,
                                           type_name(type), key, s->text));
        return std::nullopt;
    }
    return intern ? pool.intern(s->text) : pool.store(s->text);
}

} // namespace

std::optional<std::string_view> read_text(YamlCursor& c, std::string_view key, StringPool& pool,
                                          bool required, bool intern) {
    return read_text_value(c, key, pool, required, intern, false);
}

std::optional<std::string_view> read_handle(YamlCursor& c, std::string_view key, StringPool& pool,
                                            bool required) {
    const Pos pos = c.peek_pos();
    const auto text = read_text(c, key, pool, required, true);
    if (!text) return std::nullopt;
    // The form only: a reserved prefix is the member file's problem, reported there once.
    if (!is_handle_form(*text)) {
        c.error(pos, *handle_problem(*text));
        return std::nullopt;
    }
    return text;
}

std::optional<std::string_view> read_project(YamlCursor& c, std::string_view key,
                                             StringPool& pool) {
    const Pos pos = c.peek_pos();
    const auto text = read_text(c, key, pool, false, true);
    if (!text) return std::nullopt;
    if (!is_project(*text)) {
        c.error(pos, fmt::format("'{}' is not a valid project name (lowercase letters, digits "
                                 "and dashes, at most 64)",
                                 *text));
        return std::nullopt;
    }
    if (*text == "general") { // the payout's pool of all work; a project may not share its name
        c.error(pos, "'general' names the pool of all work; choose another project name");
        return std::nullopt;
    }
    return text;
}

std::optional<Date> read_optional_date(YamlCursor& c, std::string_view key, bool& is_null) {
    is_null = false;
    const auto s = read_scalar(c, key);
    if (!s) return std::nullopt;
    if (classify(*s) == PlainType::null) {
        is_null = true;
        return std::nullopt;
    }
    const auto d = parse_date(s->text);
    if (!d) c.error(s->pos, date_problem(s->text));
    return d;
}

std::optional<Date> read_date(YamlCursor& c, std::string_view key) {
    const Pos pos = c.peek_pos();
    bool is_null = false;
    const auto d = read_optional_date(c, key, is_null);
    if (is_null) c.error(pos, fmt::format("'{}' is empty; write a date as YYYY-MM-DD", key));
    return d;
}

std::optional<std::int64_t> read_integer(YamlCursor& c, std::string_view key) {
    const auto s = read_scalar(c, key);
    if (!s) return std::nullopt;
    std::string_view t = s->text;
    const bool negative = !t.empty() && t[0] == '-';
    if (negative) t.remove_prefix(1);
    if (!s->plain || !all_of(t, digit) || t.size() > 15) {
        c.error(s->pos, fmt::format("'{}' must be a whole number, not '{}'", key, s->text));
        return std::nullopt;
    }
    std::int64_t v = 0;
    for (char ch : t)
        v = v * 10 + (ch - '0');
    return negative ? -v : v;
}

std::optional<bool> read_bool(YamlCursor& c, std::string_view key) {
    const auto s = read_scalar(c, key);
    if (!s) return std::nullopt;
    if (s->plain && (s->text == "true" || s->text == "false")) return s->text == "true";
    c.error(s->pos, fmt::format("'{}' must be true or false, not '{}'", key, s->text));
    return std::nullopt;
}

std::vector<std::string_view> read_text_list(YamlCursor& c, std::string_view key, StringPool& pool,
                                             bool intern, std::vector<Pos>* positions) {
    std::vector<std::string_view> out;
    if (c.peek() == NodeKind::scalar) {
        const auto s = read_scalar(c, key);
        if (s && classify(*s) != PlainType::null)
            c.error(s->pos, fmt::format("'{}' must be a list; write {}: [{}]", key, key, s->text));
        return out;
    }
    read_sequence(c, key, [&] {
        const Pos at = c.peek_pos();
        if (const auto t = read_text_value(c, key, pool, true, intern, true)) {
            out.push_back(*t);
            if (positions) positions->push_back(at);
        }
    });
    return out;
}

std::optional<std::int64_t> read_decimal(YamlCursor& c, std::string_view key, int places) {
    const auto s = read_scalar(c, key);
    if (!s) return std::nullopt;
    const FixedParse f = parse_fixed(s->text, places, pow10(18 - places));
    if (f.error == FixedError::none) return f.value;
    c.error(s->pos, fmt::format("'{}' must be a decimal number >= 0 with at most {} decimals, "
                                "not '{}'",
                                key, places, s->text));
    return std::nullopt;
}

// "10%" or "12.5%" as a fraction times 10^rate_places; below `limit` percent.
std::optional<std::int64_t> read_percent(YamlCursor& c, std::string_view key, int limit) {
    const auto s = read_scalar(c, key);
    if (!s) return std::nullopt;
    std::string_view t = s->text;
    const FixedParse f = !t.empty() && t.back() == '%'
                             ? parse_fixed(t.substr(0, t.size() - 1), rate_places - 2,
                                           std::int64_t{limit} * pow10(rate_places - 2))
                             : FixedParse{0, FixedError::not_a_number, 0};
    if (f.error == FixedError::none && (limit == 100 || f.value < limit * pow10(rate_places - 2)))
        return f.value;
    const std::string range = limit == 100 ? "from 0% to 100%" : fmt::format("below {}%", limit);
    c.error(s->pos, fmt::format("'{}' must be a percentage {} with at most {} decimals, like "
                                "10%, not '{}'",
                                key, range, rate_places - 2, t));
    return std::nullopt;
}

} // namespace coop
