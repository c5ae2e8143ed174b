#pragma once
// Typed values and keyed mappings read through a YamlCursor. Each read consumes
// exactly one node, reports what is wrong with it in the user's terms, and
// says what to write instead.
#include <cstdint>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

#include <fmt/format.h>

#include "model/date.hpp"
#include "model/layout.hpp"
#include "read/yaml_cursor.hpp"
#include "util/string_pool.hpp"

namespace coop {

// What YAML would make of an unquoted scalar (YAML 1.1 booleans included, as
// many editors and linters still read them so).
enum class PlainType { null, boolean, integer, floating, text };
PlainType classify(const Scalar& s);

bool is_project(std::string_view s); // ^[a-z0-9][a-z0-9-]{0,63}$

struct KeyAlias {
    std::string_view wrong;
    std::string_view right;
};

// The keys one kind of mapping may hold. `what` names it in messages
// ("unknown key 'hours' in contribution").
struct KeyTable {
    std::string_view what;
    std::span<const std::string_view> keys;
    std::uint64_t required = 0; // bit i: keys[i] must be present
    std::span<const KeyAlias> aliases = {};

    int find(std::string_view key) const;
    // The key a misspelt or foreign `key` most likely means (alias, then edit distance).
    int suggestion(std::string_view key) const;
    std::string unknown_key_message(std::string_view key) const;
};

constexpr std::uint64_t bit(int i) {
    return std::uint64_t{1} << i;
}

// Reads a mapping of `table` keys, calling on_key(index, key_pos) for each known
// key; on_key must consume the value. Unknown and duplicate keys are reported
// and skipped; missing required keys are reported at the mapping. Returns the
// keys seen, or nothing when the node is not a mapping.
template <typename OnKey>
std::optional<std::uint64_t> read_mapping(YamlCursor& c, const KeyTable& table, OnKey&& on_key) {
    const Pos where = c.peek_pos();
    if (!c.enter_mapping()) {
        if (c.peek() != NodeKind::none) {
            c.error(where, fmt::format("expected a mapping of {} keys here", table.what));
            c.skip();
        }
        return std::nullopt;
    }
    std::uint64_t seen = 0;
    std::uint64_t suggested = 0; // a missing key that an unknown key was taken for is not
                                 // reported twice
    std::vector<std::uint32_t> first_line(table.keys.size());
    Scalar key;
    while (c.next_key(key)) {
        const int index = table.find(key.text);
        if (index < 0) {
            if (const int hint = table.suggestion(key.text); hint >= 0) suggested |= bit(hint);
            c.error(key.pos, table.unknown_key_message(key.text));
            c.skip();
            continue;
        }
        if (seen & bit(index)) {
            c.error(key.pos, fmt::format("duplicate key '{}' in {} (first at line {})",
                                         table.keys[static_cast<std::size_t>(index)], table.what,
                                         first_line[static_cast<std::size_t>(index)]));
            c.skip();
            continue;
        }
        seen |= bit(index);
        first_line[static_cast<std::size_t>(index)] = key.pos.line;
        on_key(index, key.pos);
    }
    if (!c.failed())
        for (std::size_t i = 0; i < table.keys.size(); ++i)
            if ((table.required & ~seen & ~suggested) & bit(static_cast<int>(i)))
                c.error_unless_broken(
                    where, fmt::format("missing key '{}' in {}", table.keys[i], table.what));
    return seen;
}

// Calls on_item() for each item of a sequence; on_item must consume the item.
template <typename OnItem>
bool read_sequence(YamlCursor& c, std::string_view key, OnItem&& on_item) {
    const Pos where = c.peek_pos();
    if (c.peek() == NodeKind::scalar) { // an empty value reads as an empty list
        Scalar s;
        c.scalar(s);
        if (classify(s) == PlainType::null) return true;
        c.error(where, fmt::format("'{}' must be a list", key));
        return false;
    }
    if (!c.enter_sequence()) {
        if (c.peek() != NodeKind::none) {
            c.error(where, fmt::format("'{}' must be a list", key));
            c.skip();
        }
        return false;
    }
    while (c.next_item())
        on_item();
    return true;
}

// A scalar value, or an error when the node is a mapping or a list.
std::optional<Scalar> read_scalar(YamlCursor& c, std::string_view key);

// Text, stored in the pool (interned when `intern`). Null or empty: nothing, and
// an error when `required`. Unquoted numbers and booleans are errors: quote them.
std::optional<std::string_view> read_text(YamlCursor& c, std::string_view key, StringPool& pool,
                                          bool required, bool intern = false);
std::optional<std::string_view> read_handle(YamlCursor& c, std::string_view key, StringPool& pool,
                                            bool required);
std::optional<std::string_view> read_project(YamlCursor& c, std::string_view key, StringPool& pool);
std::optional<Date> read_date(YamlCursor& c, std::string_view key);
// A date, or null (nothing and no error; `is_null` tells them apart).
std::optional<Date> read_optional_date(YamlCursor& c, std::string_view key, bool& is_null);
std::optional<std::int64_t> read_integer(YamlCursor& c, std::string_view key);
std::optional<bool> read_bool(YamlCursor& c, std::string_view key);
// A decimal >= 0 with at most `places` decimals, times 10^places ("0.5" -> 500000 at 6).
std::optional<std::int64_t> read_decimal(YamlCursor& c, std::string_view key, int places);
// "10%" or "12.5%" as a fraction times 10^rate_places: from 0% to 100% when
// `limit` is 100, else below `limit` percent.
std::optional<std::int64_t> read_percent(YamlCursor& c, std::string_view key, int limit);
// A list of texts (block or flow style); a single text is an error.
// `positions`, when given, receives where each item was written.
std::vector<std::string_view> read_text_list(YamlCursor& c, std::string_view key, StringPool& pool,
                                             bool intern = false,
                                             std::vector<Pos>* positions = nullptr);

} // namespace coop
