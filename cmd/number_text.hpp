#pragma once
// Exact numbers as text for reports. Integer arithmetic only: the same ledger
// prints the same digits on every machine.
#include <cstddef>
#include <string>
#include <string_view>

#include "util/checked.hpp"
#include "util/rational.hpp"

namespace coop::cli {

// Points (times 10^points_places) as an exact decimal: "162.5", "7".
std::string points_text(int128 points);

// part / whole as a percentage with 2 decimals, rounded half to even:
// "23.45%"; "-" when whole is 0.
std::string percent_text(int128 part, int128 whole);

// r rounded half to even to `places` decimals, all of them written: "0.33".
std::string rounded_text(const Rational& r, int places);

// r rounded half to even to at most `places` decimals, trailing zeros
// dropped: "4.5", "3.666667", "4".
std::string rounded_trimmed_text(const Rational& r, int places);

// "1 member", "2 members"; `many` for an irregular plural ("revenue entries").
std::string count_text(std::size_t n, std::string_view one, std::string_view many = {});

} // namespace coop::cli
