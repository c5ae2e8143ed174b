#include "payout/shares.hpp"

#include <algorithm>
#include <numeric>
#include <string>

#include "payout/exact.hpp"

namespace coop {

using namespace payout_detail;

namespace {

// q_i = total x w_i / W = share + remainder / W, with 0 <= remainder < W; the
// units left go to the largest remainders, `before(a, b)` breaking ties;
// `whose(i)` names the i-th share in an overflow message.
template <typename Before, typename Whose>
std::vector<std::int64_t> shares_of(std::int64_t total, std::span<const int128> weights,
                                    const Before& before, const Whose& whose) {
    int128 sum = 0; // W
    for (const int128 w : weights) {
        if (w < 0) throw Error(ErrorKind::ledger, "a pool is shared by a negative weight");
        sum = add(sum, w, [] { return std::string("the points of a pool"); });
    }
    if (total < 0 || sum <= 0)
        throw Error(ErrorKind::ledger, "a pool is shared without points or with a negative amount");

    std::vector<std::int64_t> shares(weights.size());
    std::vector<int128> remainders(weights.size());
    std::int64_t given = 0;
    for (std::size_t i = 0; i < weights.size(); ++i) {
        const int128 quota = mul(int128{total}, weights[i], [&] {
            return "the share of " + whose(i) + " in a pool of " + std::to_string(total) +
                   " minor units";
        });
        shares[i] = static_cast<std::int64_t>(quota / sum); // <= total
        remainders[i] = quota % sum;
        given += shares[i]; // <= total
    }
    // Remainders share the denominator W: compare their numerators.
    std::vector<std::size_t> order(weights.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        if (remainders[a] != remainders[b]) return remainders[a] > remainders[b];
        return before(a, b);
    });
    // Fewer units are left than there are weights: the remainders sum to (left x W).
    const auto left = static_cast<std::size_t>(total - given);
    for (std::size_t k = 0; k < left; ++k)
        shares[order[k]] += 1;
    return shares;
}

} // namespace

std::vector<std::int64_t> largest_remainder(std::int64_t total, std::span<const Claim> claims) {
    std::vector<int128> weights;
    weights.reserve(claims.size());
    for (const Claim& c : claims) {
        if (c.points < 0)
            throw Error(ErrorKind::ledger, "'" + std::string(c.handle) + "' has negative points");
        weights.push_back(c.points);
    }
    return shares_of(
        total, weights,
        [&](std::size_t a, std::size_t b) { return claims[a].handle < claims[b].handle; },
        [&](std::size_t i) { return "'" + std::string(claims[i].handle) + "'"; });
}

std::vector<std::int64_t> largest_remainder_in_order(std::int64_t total,
                                                     std::span<const int128> weights) {
    return shares_of(
        total, weights, [](std::size_t a, std::size_t b) { return a < b; },
        [](std::size_t i) { return "pool " + std::to_string(i + 1); });
}

} // namespace coop
