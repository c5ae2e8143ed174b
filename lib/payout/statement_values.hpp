#pragma once
// The typed values of a statement, each read from one node through the event
// reader; what is wrong goes to the cursor's diagnostics at the value's place.
#include <cstdint>
#include <optional>
#include <string_view>

#include "model/money.hpp"
#include "read/yaml_cursor.hpp"
#include "util/checked.hpp"

namespace coop {

// Quoted decimal text with exactly `digits` decimals: "123.45" (and "-3.50"
// when `may_be_negative`).
std::optional<Money> read_statement_amount(YamlCursor& c, std::string_view key, int digits,
                                           bool may_be_negative);

// Quoted exact decimal text with at most points_places decimals, times
// 10^points_places: "162.5".
std::optional<int128> read_statement_points(YamlCursor& c, std::string_view key);

// A whole number >= 0.
std::optional<std::int64_t> read_count(YamlCursor& c, std::string_view key);

// A whole number from 0 to 1000.
std::optional<int> read_small_integer(YamlCursor& c, std::string_view key);

// "10%", "12.5%" from 0% to 100%, times 10^rate_places.
std::optional<std::int64_t> read_statement_percent(YamlCursor& c, std::string_view key);

} // namespace coop
