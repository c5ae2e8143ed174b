#include "read/policy_sections.hpp"

#include <fmt/format.h>

#include "util/fixed_point.hpp"

namespace coop {

namespace {

template <PolicySection S> constexpr std::size_t count_of() {
    std::size_t n = 0;
    for (const PolicyItemInfo& i : policy_items)
        n += i.section == S;
    return n;
}

// The items of one section, in table order: its KeyTable's keys by index.
template <PolicySection S> constexpr auto items_of() {
    std::array<PolicyItemInfo, count_of<S>()> out{};
    std::size_t k = 0;
    for (const PolicyItemInfo& i : policy_items)
        if (i.section == S) out[k++] = i;
    return out;
}

template <PolicySection S> constexpr auto keys_of() {
    std::array<std::string_view, count_of<S>()> out{};
    for (std::size_t k = 0; k < out.size(); ++k)
        out[k] = items_of<S>()[k].key;
    return out;
}

template <PolicySection S> constexpr std::uint64_t required_of() {
    std::uint64_t bits = 0;
    for (std::size_t k = 0; k < count_of<S>(); ++k)
        if (items_of<S>()[k].required) bits |= bit(static_cast<int>(k));
    return bits;
}

constexpr auto review_items = items_of<PolicySection::review>();
constexpr auto review_keys = keys_of<PolicySection::review>();
constexpr KeyTable review_table{"review policy", review_keys, required_of<PolicySection::review>()};
constexpr auto distribution_items = items_of<PolicySection::distribution>();
constexpr auto distribution_keys = keys_of<PolicySection::distribution>();
constexpr KeyTable distribution_table{"distribution", distribution_keys,
                                      required_of<PolicySection::distribution>()};
constexpr auto network_items = items_of<PolicySection::network>();
constexpr auto network_keys = keys_of<PolicySection::network>();
constexpr KeyTable network_table{"statement network policy", network_keys, 0};

std::string percent_text(std::int64_t rate) {
    return format_fixed_trimmed(rate, rate_places - 2) + "%";
}

std::string_view aggregate_text(Aggregate a) {
    switch (a) {
    case Aggregate::median:
        return "median";
    case Aggregate::mean:
        return "mean";
    case Aggregate::trimmed_mean:
        return "trimmed-mean";
    }
    return "median";
}

// A whole number of days: "7d".
std::optional<int> read_days(YamlCursor& c, std::string_view key) {
    const auto s = read_scalar(c, key);
    if (!s) return std::nullopt;
    const std::string_view t = s->text;
    if (t.size() >= 2 && t.size() <= 5 && t.back() == 'd') {
        const FixedParse f = parse_fixed(t.substr(0, t.size() - 1), 0, 3650);
        if (f.error == FixedError::none && f.places_found == 0) return static_cast<int>(f.value);
    }
    c.error(s->pos, fmt::format("'{}' must be a number of days from 0d to 3650d, like 7d, not '{}'",
                                key, t));
    return std::nullopt;
}

std::optional<int> read_bounded(YamlCursor& c, std::string_view key, int lo, int hi) {
    const Pos at = c.peek_pos();
    const auto v = read_integer(c, key);
    if (!v) return std::nullopt;
    if (*v < lo || *v > hi) {
        c.error(at, fmt::format("'{}' must be a whole number from {} to {}", key, lo, hi));
        return std::nullopt;
    }
    return static_cast<int>(*v);
}

} // namespace

std::string_view section_name(PolicySection s) {
    switch (s) {
    case PolicySection::review:
        return "review";
    case PolicySection::distribution:
        return "distribution";
    case PolicySection::network:
        return "network";
    }
    return "review";
}

std::string weight_text(std::int64_t weight) {
    return format_fixed_trimmed(weight, weight_places);
}

std::string policy_item_text(const Policy& p, PolicyItem item, int minor_digits) {
    const ReviewPolicy& r = p.review;
    const Distribution& d = p.distribution;
    switch (item) {
    case PolicyItem::scale:
        return fmt::format("[{}, {}]", r.scale_min, r.scale_max);
    case PolicyItem::neutral:
        return std::to_string(r.neutral);
    case PolicyItem::aggregate:
        return std::string(aggregate_text(r.aggregate));
    case PolicyItem::trim:
        return percent_text(r.trim);
    case PolicyItem::min_reviews:
        return std::to_string(r.min_reviews);
    case PolicyItem::unreviewed_factor:
        return format_fixed_trimmed(r.unreviewed_factor, factor_places);
    case PolicyItem::window:
        return fmt::format("{}d", r.window_days);
    case PolicyItem::reserve:
        return percent_text(d.reserve);
    case PolicyItem::connector_share:
        return percent_text(d.connector_share);
    case PolicyItem::general_share:
        return percent_text(d.general_share);
    case PolicyItem::minimum_payout:
        return format_money(d.minimum_payout, minor_digits);
    case PolicyItem::upstream:
        return percent_text(d.upstream);
    }
    return {};
}

std::string policy_item_yaml(const Policy& p, PolicyItem item, int minor_digits) {
    const std::string text = policy_item_text(p, item, minor_digits);
    if (item == PolicyItem::unreviewed_factor || item == PolicyItem::minimum_payout)
        return "\"" + text + "\"";
    return text;
}

void PolicySectionReader::section(PolicySection s) {
    const bool review = s == PolicySection::review;
    const KeyTable& table = review                             ? review_table
                            : s == PolicySection::distribution ? distribution_table
                                                               : network_table;
    read_mapping(c_, table, [&](int key, Pos) {
        const auto k = static_cast<std::size_t>(key);
        item(review                             ? review_items[k].item
             : s == PolicySection::distribution ? distribution_items[k].item
                                                : network_items[k].item);
    });
    if (review && p_.review.neutral > p_.review.scale_max && scale_pos_.line && neutral_pos_.line)
        c_.error(neutral_pos_,
                 fmt::format("'neutral' {} lies above the scale [{}, {}]", p_.review.neutral,
                             p_.review.scale_min, p_.review.scale_max));
}

void PolicySectionReader::note(std::string_view section, std::string_view key, Pos at) {
    if (places_)
        places_->insert_or_assign(prefix_ + std::string(section) + "." + std::string(key), at);
}

void PolicySectionReader::item(PolicyItem item) {
    ReviewPolicy& r = p_.review;
    Distribution& d = p_.distribution;
    const Pos at = c_.peek_pos(); // problems are shown at the value
    for (const PolicyItemInfo& i : policy_items)
        if (i.item == item) note(section_name(i.section), i.key, at);
    switch (item) {
    case PolicyItem::scale: {
        std::vector<std::int64_t> bounds;
        read_sequence(c_, "scale", [&] {
            if (auto v = read_integer(c_, "scale")) bounds.push_back(*v);
        });
        if (bounds.size() != 2 || bounds[0] < 0 || bounds[0] >= bounds[1] || bounds[1] > 100) {
            c_.error(at, "'scale' must be two whole numbers [lowest, highest] with "
                         "0 <= lowest < highest <= 100, like [0, 5]");
        } else {
            r.scale_min = static_cast<int>(bounds[0]);
            r.scale_max = static_cast<int>(bounds[1]);
            scale_pos_ = at;
        }
        break;
    }
    case PolicyItem::neutral:
        if (auto v = read_bounded(c_, "neutral", 1, 100)) {
            r.neutral = *v;
            neutral_pos_ = at;
        }
        break;
    case PolicyItem::aggregate:
        if (auto s = read_scalar(c_, "aggregate")) {
            if (s->text == "median")
                r.aggregate = Aggregate::median;
            else if (s->text == "mean")
                r.aggregate = Aggregate::mean;
            else if (s->text == "trimmed-mean")
                r.aggregate = Aggregate::trimmed_mean;
            else
                c_.error(s->pos, fmt::format("unknown aggregate '{}' (known: median, mean, "
                                             "trimmed-mean)",
                                             s->text));
        }
        break;
    case PolicyItem::trim:
        if (auto v = read_percent(c_, "trim", 50)) r.trim = *v;
        break;
    case PolicyItem::min_reviews:
        if (auto v = read_bounded(c_, "min-reviews", 0, 1000)) r.min_reviews = *v;
        break;
    case PolicyItem::unreviewed_factor:
        if (auto v = read_decimal(c_, "unreviewed-factor", factor_places)) r.unreviewed_factor = *v;
        break;
    case PolicyItem::window:
        if (auto v = read_days(c_, "window")) r.window_days = *v;
        break;
    case PolicyItem::reserve:
        if (auto v = read_percent(c_, "reserve", 100)) d.reserve = *v;
        break;
    case PolicyItem::connector_share:
        if (auto v = read_percent(c_, "connector-share", 100)) d.connector_share = *v;
        break;
    case PolicyItem::general_share:
        if (auto v = read_percent(c_, "general-share", 100)) d.general_share = *v;
        break;
    case PolicyItem::minimum_payout:
        if (auto s = read_scalar(c_, "minimum-payout"))
            minimum_payout_.emplace(std::string(s->text), s->pos);
        break;
    case PolicyItem::upstream:
        if (auto v = read_percent(c_, "upstream", 100)) d.upstream = *v;
        break;
    }
}

void PolicySectionReader::kinds() {
    const Pos where = c_.peek_pos();
    if (!c_.enter_mapping()) {
        c_.error(where, "'kinds' must be a mapping of kind names to weights, like code: 1");
        c_.skip();
        return;
    }
    Scalar key;
    while (c_.next_key(key)) {
        const std::string name(key.text);
        const Pos pos = key.pos;
        if (!is_handle_form(name)) { // a name of the same grammar, not a handle
            c_.error(pos, fmt::format("'{}' is not a valid kind name (lowercase letters, digits "
                                      "and dashes)",
                                      name));
            c_.skip();
            continue;
        }
        if (p_.find_kind(name)) {
            c_.error(pos, fmt::format("duplicate kind '{}'", name));
            c_.skip();
            continue;
        }
        note("kinds", name, c_.peek_pos());
        if (auto w = read_decimal(c_, name, weight_places)) p_.kinds.push_back({name, *w});
    }
    if (p_.kinds.empty() && !c_.failed()) c_.error(where, "'kinds' must name at least one kind");
}

void PolicySectionReader::finish(int minor_digits) {
    if (!minimum_payout_) return;
    const auto& [text, pos] = *minimum_payout_;
    const FixedParse f = parse_fixed(text, minor_digits, max_amount_minor);
    if (f.error == FixedError::none) {
        p_.distribution.minimum_payout = Money{f.value};
        return;
    }
    c_.error(pos, fmt::format("'minimum-payout' must be an amount of 0 or more with at most {} "
                              "decimals, like \"{}\", not '{}'",
                              minor_digits, format_money(Money{0}, minor_digits), text));
}

} // namespace coop
