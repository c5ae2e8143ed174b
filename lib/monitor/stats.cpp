#include "monitor/stats.hpp"

#include <algorithm>
#include <cmath>

#include "model/error.hpp"

namespace coop::monitor {

namespace {

[[noreturn]] void overflowed(const char* what) {
    throw Error(ErrorKind::ledger, std::string(what) + " overflows");
}

Rational exact(std::optional<Rational> r, const char* what) {
    if (!r) overflowed(what);
    return *r;
}

int128 exact(std::optional<int128> r, const char* what) {
    if (!r) overflowed(what);
    return *r;
}

} // namespace

Rational median(std::vector<Rational> values) {
    if (values.empty()) return Rational{};
    const auto less = [](const Rational& a, const Rational& b) { return compare(a, b) < 0; };
    std::sort(values.begin(), values.end(), less);
    const std::size_t n = values.size();
    if (n % 2 == 1) return values[n / 2];
    const Rational sum = exact(add_exact(values[n / 2 - 1], values[n / 2]), "a median");
    return exact(mul_exact(sum, Rational{1, 2}), "a median");
}

Rational median(std::span<const std::int64_t> values) {
    if (values.empty()) return Rational{};
    std::vector<std::int64_t> v(values.begin(), values.end());
    std::sort(v.begin(), v.end());
    const std::size_t n = v.size();
    if (n % 2 == 1) return make_rational(v[n / 2], 1);
    return make_rational(int128{v[n / 2 - 1]} + v[n / 2], 2);
}

Rational median_abs_deviation(std::span<const std::int64_t> values, const Rational& center) {
    std::vector<Rational> deviations;
    deviations.reserve(values.size());
    for (const std::int64_t x : values)
        deviations.push_back(abs(exact(sub_exact(make_rational(x, 1), center), "a deviation")));
    return median(std::move(deviations));
}

Rational herfindahl(std::span<const std::int64_t> counts) {
    int128 total = 0, squares = 0;
    for (const std::int64_t c : counts) {
        total += c;
        squares = exact(checked_add(squares, int128{c} * c), "a review count");
    }
    if (total == 0) return Rational{};
    return make_rational(squares, exact(checked_mul(total, total), "a review count"));
}

Concentration concentration(std::vector<int128> amounts) {
    Concentration out;
    std::sort(amounts.begin(), amounts.end());
    out.n = amounts.size();
    const auto n = static_cast<int128>(out.n);
    for (std::size_t i = 0; i < amounts.size(); ++i) {
        out.total = exact(checked_add(out.total, amounts[i]), "a total");
        const int128 term =
            exact(checked_mul(static_cast<int128>(i + 1), amounts[i]), "a Gini sum");
        out.weighted_sum = exact(checked_add(out.weighted_sum, term), "a Gini sum");
    }
    out.top_count = (out.n + 9) / 10;
    for (std::size_t i = 0; i < out.top_count; ++i)
        out.top_total += amounts[amounts.size() - 1 - i];
    if (out.total == 0) return out;

    // G = (2 sum i x(i) - (n + 1) sum x) / (n sum x)
    const int128 twice = exact(checked_mul(int128{2}, out.weighted_sum), "a Gini sum");
    const int128 base = exact(checked_mul(n + 1, out.total), "a Gini sum");
    out.gini = make_rational(exact(checked_sub(twice, base), "a Gini sum"),
                             exact(checked_mul(n, out.total), "a Gini sum"));

    int128 held = 0;
    for (auto it = amounts.rbegin(); it != amounts.rend() && 2 * held <= out.total; ++it) {
        held += *it;
        ++out.nakamoto;
    }
    out.top_share = make_rational(out.top_total, out.total);

    // Shown to 4 places only: floating point is good enough and never compared.
    double theil = 0;
    const auto total = static_cast<double>(out.total);
    for (const int128 x : amounts)
        if (x > 0) {
            const double ratio = static_cast<double>(x) * static_cast<double>(out.n) / total;
            theil += ratio * std::log(ratio);
        }
    out.theil = theil / static_cast<double>(out.n);
    return out;
}

} // namespace coop::monitor
