#include "payout/shares.hpp"

#include <algorithm>
#include <numeric>
#include <string>

#include "payout/exact.hpp"

namespace coop {

using namespace payout_detail;

std::vector<std::int64_t> largest_remainder(std::int64_t total, std::span<const Claim> claims) {
    int128 points = 0; // P
    for (const Claim& c : claims) {
        if (c.points < 0)
            throw Error(ErrorKind::ledger, "'" + std::string(c.handle) + "' has negative points");
        points = add(points, c.points, [] { return std::string("the points of a pool"); });
    }
    if (total < 0 || points <= 0)
        throw Error(ErrorKind::ledger, "a pool is shared without points or with a negative amount");

    // q_m = D x P_m / P = share + remainder / P, with 0 <= remainder < P.
    std::vector<std::int64_t> shares(claims.size());
    std::vector<int128> remainders(claims.size());
    std::int64_t given = 0;
    for (std::size_t i = 0; i < claims.size(); ++i) {
        const int128 quota = mul(int128{total}, claims[i].points, [&] {
            return "the share of '" + std::string(claims[i].handle) + "' in a pool of " +
                   std::to_string(total) + " minor units";
        });
        shares[i] = static_cast<std::int64_t>(quota / points); // <= total
        remainders[i] = quota % points;
        given += shares[i]; // <= total
    }

    // Remainders share the denominator P: compare their numerators.
    std::vector<std::size_t> order(claims.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        if (remainders[a] != remainders[b]) return remainders[a] > remainders[b];
        return claims[a].handle < claims[b].handle;
    });
    // Fewer units are left than there are claims: the remainders sum to (left x P).
    const auto left = static_cast<std::size_t>(total - given);
    for (std::size_t k = 0; k < left; ++k)
        shares[order[k]] += 1;
    return shares;
}

} // namespace coop
