#include <fmt/format.h>

#include "model/duration.hpp"
#include "model/money.hpp"
#include "read/fields.hpp"
#include "read/file_readers.hpp"
#include "util/fixed_point.hpp"

namespace coop {

namespace {

constexpr std::string_view top_keys[] = {"coop",       "name",   "currency",     "period",
                                         "review",     "kinds",  "distribution", "rules",
                                         "governance", "monitor"};
constexpr KeyAlias top_aliases[] = {
    {"version", "coop"}, {"cadence", "period"}, {"weights", "kinds"}, {"policy", "rules"}};
constexpr KeyTable top_table{"coop.yaml", top_keys, 0b01111111, top_aliases};

constexpr std::string_view review_keys[] = {"scale", "neutral",     "aggregate",
                                            "trim",  "min-reviews", "unreviewed-factor"};
constexpr KeyTable review_table{"review policy", review_keys, 0b110111};

constexpr std::string_view distribution_keys[] = {"reserve", "connector-share"};
constexpr KeyTable distribution_table{"distribution", distribution_keys, 0b11};

constexpr std::string_view rules_keys[] = {"max-time-per-day", "signed-commits"};
constexpr KeyTable rules_table{"rules", rules_keys, 0};

void read_review_policy(YamlCursor& c, ReviewPolicy& r) {
    Pos scale_pos, neutral_pos;
    read_mapping(c, review_table, [&](int key, Pos) {
        const Pos at = c.peek_pos(); // problems are shown at the value
        switch (key) {
        case 0: {
            scale_pos = c.peek_pos();
            std::vector<std::int64_t> bounds;
            read_sequence(c, "scale", [&] {
                if (auto v = read_integer(c, "scale")) bounds.push_back(*v);
            });
            if (bounds.size() != 2 || bounds[0] < 0 || bounds[0] >= bounds[1] || bounds[1] > 100)
                c.error(scale_pos, "'scale' must be two whole numbers [lowest, highest] with "
                                   "0 <= lowest < highest <= 100, like [0, 5]");
            else {
                r.scale_min = static_cast<int>(bounds[0]);
                r.scale_max = static_cast<int>(bounds[1]);
            }
            break;
        }
        case 1:
            if (auto v = read_integer(c, "neutral")) {
                if (*v < 1 || *v > 100)
                    c.error(at, "'neutral' must be a whole number from 1 to 100");
                else {
                    r.neutral = static_cast<int>(*v);
                    neutral_pos = at;
                }
            }
            break;
        case 2:
            if (auto s = read_scalar(c, "aggregate")) {
                if (s->text == "median")
                    r.aggregate = Aggregate::median;
                else if (s->text == "mean")
                    r.aggregate = Aggregate::mean;
                else if (s->text == "trimmed-mean")
                    r.aggregate = Aggregate::trimmed_mean;
                else
                    c.error(s->pos, fmt::format("unknown aggregate '{}' (known: median, mean, "
                                                "trimmed-mean)",
                                                s->text));
            }
            break;
        case 3:
            if (auto v = read_percent(c, "trim", 50)) r.trim = *v;
            break;
        case 4:
            if (auto v = read_integer(c, "min-reviews")) {
                if (*v < 0 || *v > 1000)
                    c.error(at, "'min-reviews' must be a whole number from 0 to 1000");
                else
                    r.min_reviews = static_cast<int>(*v);
            }
            break;
        case 5:
            if (auto v = read_decimal(c, "unreviewed-factor", factor_places))
                r.unreviewed_factor = *v;
            break;
        }
    });
    if (r.neutral > r.scale_max && scale_pos.line && neutral_pos.line)
        c.error(neutral_pos, fmt::format("'neutral' {} lies above the scale [{}, {}]", r.neutral,
                                         r.scale_min, r.scale_max));
}

void read_kinds(YamlCursor& c, Policy& p) {
    const Pos where = c.peek_pos();
    if (!c.enter_mapping()) {
        c.error(where, "'kinds' must be a mapping of kind names to weights, like code: 1");
        c.skip();
        return;
    }
    Scalar key;
    while (c.next_key(key)) {
        const std::string name(key.text);
        const Pos pos = key.pos;
        if (!is_handle_form(name)) { // a name of the same grammar, not a handle
            c.error(pos, fmt::format("'{}' is not a valid kind name (lowercase letters, digits "
                                     "and dashes)",
                                     name));
            c.skip();
            continue;
        }
        if (p.find_kind(name)) {
            c.error(pos, fmt::format("duplicate kind '{}'", name));
            c.skip();
            continue;
        }
        if (auto w = read_decimal(c, name, weight_places)) p.kinds.push_back({name, *w});
    }
    if (p.kinds.empty() && !c.failed()) c.error(where, "'kinds' must name at least one kind");
}

} // namespace

PolicyHealth read_policy_file(YamlCursor& c, Policy& p, Diagnostics& diags) {
    PolicyHealth health;
    health.read = true;
    // Whether reading one section added an error.
    const auto section_ok = [&](auto&& read) {
        const std::size_t before = diags.error_count();
        read();
        return diags.error_count() == before;
    };
    read_mapping(c, top_table, [&](int key, Pos) {
        switch (key) {
        case 0: {
            const Pos at = c.peek_pos();
            if (auto v = read_integer(c, "coop"); v && *v != 1)
                c.error(at, fmt::format("unsupported format version {} (this coop reads "
                                        "version 1)",
                                        *v));
            break;
        }
        case 1: {
            StringPool scratch;
            if (auto t = read_text(c, "name", scratch, true)) p.name = std::string(*t);
            break;
        }
        case 2:
            if (auto s = read_scalar(c, "currency")) {
                if (auto digits = currency_minor_digits(s->text)) {
                    p.currency = std::string(s->text);
                    p.minor_digits = *digits;
                } else
                    c.error(s->pos, fmt::format("unknown currency '{}' (an ISO 4217 code such "
                                                "as EUR, USD or JPY)",
                                                s->text));
            }
            break;
        case 3:
            if (auto s = read_scalar(c, "period")) {
                if (s->text == "monthly")
                    p.period = Cadence::monthly;
                else if (s->text == "quarterly")
                    p.period = Cadence::quarterly;
                else
                    c.error(s->pos, fmt::format("unknown period '{}' (known: monthly, "
                                                "quarterly)",
                                                s->text));
            }
            break;
        case 4:
            read_review_policy(c, p.review);
            break;
        case 5:
            health.kinds_ok = section_ok([&] { read_kinds(c, p); });
            break;
        case 6:
            read_mapping(c, distribution_table, [&](int k, Pos) {
                if (auto v = read_percent(c, distribution_keys[k], 100))
                    (k == 0 ? p.reserve : p.connector_share) = *v;
            });
            break;
        case 7:
            health.rules_ok = section_ok([&] {
                read_mapping(c, rules_table, [&](int k, Pos) {
                    if (k == 1) {
                        if (auto b = read_bool(c, "signed-commits")) p.signed_commits = *b;
                        return;
                    }
                    const auto s = read_scalar(c, "max-time-per-day");
                    if (!s) return;
                    const auto d = parse_duration(s->text);
                    if (const auto* minutes = std::get_if<std::int32_t>(&d);
                        minutes && *minutes >= 1 && *minutes <= minutes_per_day)
                        p.max_minutes_per_day = *minutes;
                    else
                        c.error(s->pos, fmt::format("'max-time-per-day' must be a duration from 1m "
                                                    "to 24h, like 16h, not '{}'",
                                                    s->text));
                });
            });
            break;
        case 8:
            read_governance(c, p.governance);
            break;
        case 9:
            read_monitor_policy(c, p.monitor);
            break;
        }
    });
    if (!health.kinds_ok || p.kinds.empty()) health.kinds_ok = false;
    return health;
}

} // namespace coop
