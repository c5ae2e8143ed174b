#include "util/fixed_point.hpp"

#include <algorithm>

namespace coop {

FixedParse parse_fixed(std::string_view text, int places, std::int64_t max_value) {
    FixedParse out;
    if (text.empty()) {
        out.error = FixedError::empty;
        return out;
    }
    const auto dot = text.find('.');
    const std::string_view whole = text.substr(0, dot);
    const std::string_view frac =
        dot == std::string_view::npos ? std::string_view{} : text.substr(dot + 1);
    const auto all_digits = [](std::string_view s) {
        return std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
    };
    if (whole.empty() || !all_digits(whole) || !all_digits(frac) ||
        (dot != std::string_view::npos && frac.empty())) {
        out.error = FixedError::not_a_number;
        return out;
    }
    out.places_found = static_cast<int>(frac.size());
    if (out.places_found > places) {
        out.error = FixedError::too_many_places;
        return out;
    }
    std::int64_t v = 0;
    bool overflow = false;
    const auto push = [&](char c) {
        auto m = checked_mul<std::int64_t>(v, 10);
        auto a = m ? checked_add<std::int64_t>(*m, c - '0') : std::nullopt;
        if (!a)
            overflow = true;
        else
            v = *a;
    };
    for (char c : whole)
        if (!overflow) push(c);
    for (int i = 0; i < places && !overflow; ++i)
        push(i < out.places_found ? frac[static_cast<std::size_t>(i)] : '0');
    if (overflow || v > max_value) {
        out.error = FixedError::out_of_range;
        return out;
    }
    out.value = v;
    return out;
}

static std::string digits_of(int128 v) {
    std::string s;
    do {
        s.push_back(static_cast<char>('0' + static_cast<int>(v % 10)));
        v /= 10;
    } while (v != 0);
    std::reverse(s.begin(), s.end());
    return s;
}

std::string format_fixed(int128 value, int places) {
    const bool negative = value < 0;
    // The magnitude's digits, padded so there is at least one before the point.
    std::string digits = digits_of(negative ? -value : value);
    const auto frac = static_cast<std::size_t>(places);
    if (digits.size() <= frac) digits = std::string(frac + 1 - digits.size(), '0') + digits;
    std::string out;
    out.reserve(digits.size() + 2);
    if (negative) out += '-';
    out.append(digits, 0, digits.size() - frac);
    if (frac > 0) {
        out += '.';
        out.append(digits, digits.size() - frac, frac);
    }
    return out;
}

std::string format_fixed_trimmed(int128 value, int places) {
    std::string s = format_fixed(value, places);
    if (places > 0) {
        while (s.back() == '0')
            s.pop_back();
        if (s.back() == '.') s.pop_back();
    }
    return s;
}

int128 div_round_half_even(int128 value, int128 divisor) {
    int128 q = value / divisor;
    int128 r = value % divisor;
    if (r < 0) { // floor division, so the remainder is in [0, divisor)
        r += divisor;
        q -= 1;
    }
    const int128 twice = 2 * r;
    if (twice > divisor || (twice == divisor && (q % 2 != 0))) q += 1;
    return q;
}

} // namespace coop
