#include "statement/record_fields.hpp"

#include "model/duration.hpp"
#include "util/fixed_point.hpp"

namespace coop {

std::string field_text(FieldType type, int128 value, int minor_digits) {
    switch (type) {
    case FieldType::money:
        return format_fixed(value, minor_digits);
    case FieldType::points:
        return format_fixed_trimmed(value, points_places);
    case FieldType::count:
    case FieldType::minutes:
        return format_fixed(value, 0);
    }
    return {};
}

std::string field_table_text(FieldType type, int128 value, int minor_digits) {
    switch (type) {
    case FieldType::points:
        return format_fixed(div_round_half_even(value, pow10(points_places - 2)), 2);
    case FieldType::minutes:
        return format_duration(static_cast<std::int64_t>(value));
    default:
        return field_text(type, value, minor_digits);
    }
}

} // namespace coop
