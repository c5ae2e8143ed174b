#pragma once
// "Did you mean" suggestions for misspelt names.
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace coop {

// Optimal string alignment distance (transpositions count as one edit).
std::size_t edit_distance(std::string_view a, std::string_view b);

// The candidate closest to `word` within a distance that a typo plausibly makes
// (at most 2, and less than half the word), or nothing.
std::optional<std::string_view> closest(std::string_view word,
                                        std::span<const std::string_view> candidates);

// closest(), else the one candidate that starts with `word` ("ad" -> "add").
std::optional<std::string_view> closest_or_prefix(std::string_view word,
                                                  std::span<const std::string_view> candidates);

// "a, b, c"
std::string join(std::span<const std::string_view> items, std::string_view sep = ", ");

} // namespace coop
