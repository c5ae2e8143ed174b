#pragma once
// The review, kinds and distribution sections of a policy: what coop.yaml
// says and what a payout statement records as the policy in force (SPEC 2,
// payouts/). One table of their items, keyed by an enum: coop.yaml and
// statements are read through it, statements written and compared with it.
#include <array>
#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "model/policy.hpp"
#include "read/fields.hpp"
#include "read/yaml_cursor.hpp"

namespace coop {

// network: a circle's upstream rate (SPEC 8), written in a statement only by a circle.
enum class PolicySection { review, distribution, network };

enum class PolicyItem {
    scale,
    neutral,
    aggregate,
    trim,
    min_reviews,
    unreviewed_factor,
    window,
    reserve,
    connector_share,
    general_share,
    minimum_payout,
    upstream,
};

struct PolicyItemInfo {
    PolicyItem item;
    PolicySection section;
    std::string_view key;
    bool required; // in coop.yaml (a v1 coop.yaml has none of the optional ones)
};

inline constexpr PolicyItemInfo policy_items[] = {
    {PolicyItem::scale, PolicySection::review, "scale", true},
    {PolicyItem::neutral, PolicySection::review, "neutral", true},
    {PolicyItem::aggregate, PolicySection::review, "aggregate", true},
    {PolicyItem::trim, PolicySection::review, "trim", false},
    {PolicyItem::min_reviews, PolicySection::review, "min-reviews", true},
    {PolicyItem::unreviewed_factor, PolicySection::review, "unreviewed-factor", true},
    {PolicyItem::window, PolicySection::review, "window", false},
    {PolicyItem::reserve, PolicySection::distribution, "reserve", true},
    {PolicyItem::connector_share, PolicySection::distribution, "connector-share", true},
    {PolicyItem::general_share, PolicySection::distribution, "general-share", false},
    {PolicyItem::minimum_payout, PolicySection::distribution, "minimum-payout", false},
    {PolicyItem::upstream, PolicySection::network, "upstream", false},
};

std::string_view section_name(PolicySection s);

// The item's value as text, for messages: "[0, 5]", "median", "10%", "0.5", "7d", "0.00".
std::string policy_item_text(const Policy& p, PolicyItem item, int minor_digits);

// The same as a YAML value: decimals and amounts in quotes, so no YAML reader
// takes them for floating point ("0.5", "0.00"); the rest as plain text.
std::string policy_item_yaml(const Policy& p, PolicyItem item, int minor_digits);

// A kind's weight as text: "1", "0.8".
std::string weight_text(std::int64_t weight);

// Reads the sections into a policy, each problem at its place. Amounts need the
// currency's minor digits: when they are not known yet (coop.yaml may name
// its currency after its distribution), finish() checks them once they are.
class PolicySectionReader {
  public:
    PolicySectionReader(YamlCursor& c, Policy& p) : c_(c), p_(p) {}

    void section(PolicySection s); // the mapping at the cursor
    void kinds();                  // the mapping of kind names to weights at the cursor
    // One item's value at the cursor (a statement of v1 had two of them at its top).
    void item(PolicyItem item);
    void finish(int minor_digits);
    // Notes where each value was, as "<prefix>review.neutral", "<prefix>kinds.code".
    void note_places(std::map<std::string, Pos, std::less<>>& places, std::string prefix) {
        places_ = &places;
        prefix_ = std::move(prefix);
    }

  private:
    void note(std::string_view section, std::string_view key, Pos at);

    YamlCursor& c_;
    Policy& p_;
    std::optional<std::pair<std::string, Pos>> minimum_payout_;
    Pos scale_pos_, neutral_pos_;
    std::map<std::string, Pos, std::less<>>* places_ = nullptr;
    std::string prefix_;
};

} // namespace coop
