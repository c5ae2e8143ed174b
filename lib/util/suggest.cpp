#include "util/suggest.hpp"

#include <algorithm>
#include <vector>

namespace coop {

std::size_t edit_distance(std::string_view a, std::string_view b) {
    const std::size_t n = a.size(), m = b.size();
    std::vector<std::size_t> prev2(m + 1), prev(m + 1), cur(m + 1);
    for (std::size_t j = 0; j <= m; ++j)
        prev[j] = j;
    for (std::size_t i = 1; i <= n; ++i) {
        cur[0] = i;
        for (std::size_t j = 1; j <= m; ++j) {
            const std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
            cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                cur[j] = std::min(cur[j], prev2[j - 2] + 1);
        }
        prev2.swap(prev);
        prev.swap(cur);
    }
    return prev[m];
}

std::optional<std::string_view> closest(std::string_view word,
                                        std::span<const std::string_view> candidates) {
    std::optional<std::string_view> best;
    // At most 2 edits, and fewer than half the word: "name" is not a typo of "date".
    const std::size_t max_distance =
        std::min<std::size_t>(2, (word.size() - (word.empty() ? 0 : 1)) / 2);
    std::size_t best_distance = max_distance + 1;
    for (std::string_view c : candidates) {
        const std::size_t d = edit_distance(word, c);
        if (d < best_distance) {
            best_distance = d;
            best = c;
        }
    }
    return best;
}

std::optional<std::string_view> closest_or_prefix(std::string_view word,
                                                  std::span<const std::string_view> candidates) {
    if (auto c = closest(word, candidates)) return c;
    std::optional<std::string_view> only;
    for (const std::string_view c : candidates)
        if (!word.empty() && c.size() > word.size() && c.starts_with(word)) {
            if (only) return std::nullopt;
            only = c;
        }
    return only;
}

std::string join(std::span<const std::string_view> items, std::string_view sep) {
    std::string out;
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i) out += sep;
        out += items[i];
    }
    return out;
}

} // namespace coop
