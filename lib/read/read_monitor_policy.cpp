// coop.yaml `monitor:`: the thresholds of SPEC 7. Every key is optional; what
// is missing keeps its default.
#include <fmt/format.h>

#include "model/policy.hpp"
#include "read/fields.hpp"
#include "read/file_readers.hpp"
#include "util/fixed_point.hpp"

namespace coop {

namespace {

constexpr std::string_view monitor_keys[] = {"reciprocity", "bias",         "focus", "hours",
                                             "backdating",  "self-dealing", "gini"};
constexpr KeyAlias monitor_aliases[] = {{"selfdealing", "self-dealing"}, {"hhi", "focus"}};
constexpr KeyTable monitor_table{"monitor", monitor_keys, 0, monitor_aliases};

constexpr std::string_view reciprocity_keys[] = {"reviews", "margin"};
constexpr KeyTable reciprocity_table{"monitor reciprocity", reciprocity_keys, 0};
constexpr std::string_view bias_keys[] = {"difference", "reviews"};
constexpr KeyTable bias_table{"monitor bias", bias_keys, 0};
constexpr std::string_view focus_keys[] = {"hhi", "reviews"};
constexpr KeyTable focus_table{"monitor focus", focus_keys, 0};

constexpr std::int64_t max_review_count = 1'000'000;

std::optional<std::int64_t> read_review_count(YamlCursor& c, std::string_view key) {
    const Pos at = c.peek_pos();
    const auto v = read_integer(c, key);
    if (v && *v >= 1 && *v <= max_review_count) return v;
    if (v)
        c.error(at, fmt::format("'{}' must be a whole number of reviews from 1 to {}, not {}", key,
                                max_review_count, *v));
    return std::nullopt;
}

// A decimal from 0 to 1 with at most monitor_places decimals.
std::optional<std::int64_t> unit_decimal(YamlCursor& c, const Scalar& s, std::string_view key,
                                         std::string_view example) {
    const FixedParse f = parse_fixed(s.text, monitor_places, pow10(monitor_places));
    if (f.error == FixedError::none) return f.value;
    c.error(s.pos, fmt::format("'{}' must be a decimal from 0 to 1 with at most {} decimals, like "
                               "{}, not '{}'",
                               key, monitor_places, example, s.text));
    return std::nullopt;
}

std::optional<std::int64_t> read_unit_decimal(YamlCursor& c, std::string_view key,
                                              std::string_view example) {
    const auto s = read_scalar(c, key);
    if (!s) return std::nullopt;
    return unit_decimal(c, *s, key, example);
}

// "30d": a whole number of days.
std::optional<std::int32_t> read_days(YamlCursor& c, std::string_view key) {
    const auto s = read_scalar(c, key);
    if (!s) return std::nullopt;
    const std::string_view t = s->text;
    const FixedParse f = !t.empty() && t.back() == 'd'
                             ? parse_fixed(t.substr(0, t.size() - 1), 0, 10'000)
                             : FixedParse{0, FixedError::empty, 0};
    if (f.error == FixedError::none) return static_cast<std::int32_t>(f.value);
    c.error(s->pos, fmt::format("'{}' must be a number of days from 0d to 10000d, like 30d, not "
                                "'{}'",
                                key, t));
    return std::nullopt;
}

// A statistic with two thresholds is a mapping: say so with an example, rather
// than "expected a mapping".
bool expect_mapping(YamlCursor& c, std::string_view key, std::string_view example) {
    if (c.peek() == NodeKind::mapping) return true;
    c.error(c.peek_pos(), fmt::format("'{}' must be a mapping like {}", key, example));
    c.skip();
    return false;
}

void read_reciprocity(YamlCursor& c, MonitorPolicy& m) {
    if (!expect_mapping(c, "reciprocity", "{reviews: 3, margin: 1}")) return;
    read_mapping(c, reciprocity_table, [&](int key, Pos) {
        if (key == 0) {
            if (auto v = read_review_count(c, "reviews")) m.reciprocity_reviews = *v;
        } else if (auto v = read_decimal(c, "margin", monitor_places))
            m.reciprocity_margin = *v;
    });
}

void read_bias(YamlCursor& c, MonitorPolicy& m) {
    if (!expect_mapping(c, "bias", "{difference: 1, reviews: 8}")) return;
    read_mapping(c, bias_table, [&](int key, Pos) {
        if (key == 0) {
            if (auto v = read_decimal(c, "difference", monitor_places)) m.bias_difference = *v;
        } else if (auto v = read_review_count(c, "reviews"))
            m.bias_reviews = *v;
    });
}

void read_focus(YamlCursor& c, MonitorPolicy& m) {
    if (!expect_mapping(c, "focus", "{hhi: 0.5, reviews: 8}")) return;
    read_mapping(c, focus_table, [&](int key, Pos) {
        if (key == 0) {
            if (auto v = read_unit_decimal(c, "hhi", "0.5")) m.focus_hhi = *v;
        } else if (auto v = read_review_count(c, "reviews"))
            m.focus_reviews = *v;
    });
}

} // namespace

void read_monitor_policy(YamlCursor& c, MonitorPolicy& m) {
    if (c.peek() == NodeKind::scalar) { // `monitor:` with every key commented out
        Scalar s;
        c.scalar(s);
        if (!s.plain || classify(s) != PlainType::null)
            c.error(s.pos, "'monitor' must be a mapping of thresholds, like {bias: {difference: "
                           "1, reviews: 8}}");
        return;
    }
    read_mapping(c, monitor_table, [&](int key, Pos) {
        switch (key) {
        case 0:
            read_reciprocity(c, m);
            break;
        case 1:
            read_bias(c, m);
            break;
        case 2:
            read_focus(c, m);
            break;
        case 3:
            if (auto v = read_decimal(c, "hours", monitor_places)) m.hours_mads = *v;
            break;
        case 4:
            if (auto v = read_days(c, "backdating")) m.backdating_days = *v;
            break;
        case 5:
            if (auto v = read_percent(c, "self-dealing", 100)) m.self_dealing_share = *v;
            break;
        case 6:
            if (const auto s = read_scalar(c, "gini")) {
                if (s->plain && classify(*s) == PlainType::null)
                    m.gini.reset(); // no threshold: the default
                else if (auto v = unit_decimal(c, *s, "gini", "0.6"))
                    m.gini = *v;
            }
            break;
        }
    });
}

} // namespace coop
