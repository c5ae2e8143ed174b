#pragma once
// A statement's values, each read from one node through the event reader;
// what is wrong goes to the cursor's diagnostics at the value's place.
#include <optional>
#include <string_view>

#include "read/yaml_cursor.hpp"
#include "statement/record_fields.hpp"
#include "util/checked.hpp"

namespace coop {

// A value of `type` as field_text() writes it: money in quotes with exactly
// `digits` decimals ("123.45", and "-3.50" when `may_be_negative`), points in
// quotes with at most points_places decimals ("162.5"), counts and minutes as
// whole numbers >= 0.
std::optional<int128> read_field_value(YamlCursor& c, std::string_view key, FieldType type,
                                       bool may_be_negative, int digits);

} // namespace coop
