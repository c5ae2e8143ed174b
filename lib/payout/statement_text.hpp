#pragma once
// How the statement spells its values, shared by the writer and by the
// messages that compare a statement with its recomputation.
#include <string>
#include <string_view>

#include "model/money.hpp"
#include "model/policy.hpp"
#include "util/checked.hpp"
#include "util/fixed_point.hpp"

namespace coop::statement_text {

// A rate (times 10^rate_places) as a percentage: "10%", "12.5%".
inline std::string percent(std::int64_t rate) {
    return format_fixed_trimmed(rate, rate_places - 2) + "%";
}

inline std::string weight(std::int64_t w) {
    return format_fixed_trimmed(w, weight_places);
}

inline std::string factor(std::int64_t f) {
    return format_fixed_trimmed(f, factor_places);
}

inline std::string points(int128 p) {
    return format_fixed_trimmed(p, points_places);
}

inline std::string_view aggregate(Aggregate a) {
    switch (a) {
    case Aggregate::median:
        return "median";
    case Aggregate::mean:
        return "mean";
    case Aggregate::trimmed_mean:
        return "trimmed-mean";
    }
    return "median";
}

} // namespace coop::statement_text
