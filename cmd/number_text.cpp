#include "number_text.hpp"

#include <fmt/format.h>

#include "model/policy.hpp"
#include "util/fixed_point.hpp"

namespace coop::cli {

std::string points_text(int128 points) {
    return format_fixed_trimmed(points, points_places);
}

std::string percent_text(int128 part, int128 whole) {
    if (whole == 0) return "-";
    return format_fixed(div_round_half_even(part * 10'000, whole), 2) + "%";
}

std::string rounded_text(const Rational& r, int places) {
    return format_fixed(div_round_half_even(r.num * pow10(places), r.den), places);
}

std::string rounded_trimmed_text(const Rational& r, int places) {
    return format_fixed_trimmed(div_round_half_even(r.num * pow10(places), r.den), places);
}

std::string count_text(std::size_t n, std::string_view one, std::string_view many) {
    if (n == 1) return fmt::format("1 {}", one);
    if (many.empty()) return fmt::format("{} {}s", n, one);
    return fmt::format("{} {}", n, many);
}

} // namespace coop::cli
