// SPEC 3 rule 6: the largest remainder method, worked by hand.
#include <catch2/catch.hpp>

#include <random>

#include "ledger_builder.hpp"
#include "model/error.hpp"
#include "payout/shares.hpp"

using namespace coop;
using Shares = std::vector<std::int64_t>;

TEST_CASE("equal remainders go to handles in byte order", "[payout][shares]") {
    // 100 / 3 = 33 r 1 each; one unit left: to alice, the first handle.
    const std::vector<Claim> claims = {{"carol", 1}, {"alice", 1}, {"bob", 1}};
    CHECK(largest_remainder(100, claims) == Shares{33, 34, 33});
    // Byte order puts '-' (0x2d) before '0' (0x30) before 'a' (0x61):
    // 2 units left over among a-b a0 aa go to a-b and a0.
    const std::vector<Claim> bytes = {{"aa", 7}, {"a0", 7}, {"a-b", 7}};
    CHECK(largest_remainder(2, bytes) == Shares{0, 1, 1});
}

TEST_CASE("leftover units go to the largest remainders", "[payout][shares]") {
    // D = 10, P = 1 + 2 + 4 = 7:
    //   alice 10/7 = 1 r 3, bob 20/7 = 2 r 6, carol 40/7 = 5 r 5; floors sum to 8,
    //   2 units left go to bob (6) and carol (5), not to alice (3) though she sorts first.
    const std::vector<Claim> claims = {{"alice", 1}, {"bob", 2}, {"carol", 4}};
    CHECK(largest_remainder(10, claims) == Shares{1, 3, 6});
}

TEST_CASE("no points means no share", "[payout][shares]") {
    // D = 5 over bob 1 and carol 1: 2 r 1 each, the one unit left to bob; alice 0.
    const std::vector<Claim> claims = {{"alice", 0}, {"bob", 1}, {"carol", 1}};
    CHECK(largest_remainder(5, claims) == Shares{0, 3, 2});
    CHECK(largest_remainder(0, claims) == Shares{0, 0, 0});
}

TEST_CASE("remainders are compared exactly even when they differ by one part in P",
          "[payout][shares]") {
    // P = 10^30 + 1: quotas D x P_m / P differ only in the far digits.
    // D = 1, alice P_m = 5 x 10^29 + 1 (remainder 5 x 10^29 + 1),
    //        bob   P_m = 5 x 10^29     (remainder 5 x 10^29): the unit is alice's.
    const int128 half = int128{5} * pow10(18) * pow10(11);
    const std::vector<Claim> claims = {{"bob", half}, {"alice", half + 1}};
    CHECK(largest_remainder(1, claims) == Shares{0, 1});
}

TEST_CASE("an overflowing quota is an error", "[payout][shares]") {
    // 10^18 x 10^21 = 10^39 > 2^127 (about 1.7 x 10^38).
    const std::vector<Claim> claims = {{"alice", int128{pow10(18)} * 1000}, {"bob", 1}};
    try {
        largest_remainder(pow10(18), claims);
        FAIL("no error");
    } catch (const Error& e) {
        CHECK(e.kind() == ErrorKind::ledger);
        CHECK(std::string(e.what()).find("'alice'") != std::string::npos);
        CHECK(std::string(e.what()).find("overflows") != std::string::npos);
    }
}

TEST_CASE("a pool without points cannot be shared", "[payout][shares]") {
    const std::vector<Claim> claims = {{"alice", 0}};
    CHECK_THROWS_AS(largest_remainder(10, claims), Error);
    const std::vector<Claim> negative = {{"alice", -1}, {"bob", 2}};
    CHECK_THROWS_AS(largest_remainder(10, negative), Error);
}

TEST_CASE("random shares add up and stay within one unit of the quota", "[payout][shares]") {
    std::mt19937 rng(20261103);
    for (int round = 0; round < 500; ++round) {
        const auto total = std::uniform_int_distribution<std::int64_t>(0, pow10(12))(rng);
        const auto n = std::uniform_int_distribution<int>(1, 40)(rng);
        std::vector<std::string> handles;
        std::vector<Claim> claims;
        for (int i = 0; i < n; ++i)
            handles.push_back("m" + std::to_string(i));
        int128 sum = 0;
        for (int i = 0; i < n; ++i) {
            const auto p = std::uniform_int_distribution<std::int64_t>(0, pow10(15))(rng);
            claims.push_back({handles[static_cast<std::size_t>(i)], p});
            sum += p;
        }
        if (sum == 0) continue;
        const Shares shares = largest_remainder(total, claims);
        std::int64_t given = 0;
        for (std::size_t i = 0; i < shares.size(); ++i) {
            given += shares[i];
            // share x P is within [quota x P - P, quota x P + P)
            const int128 diff = int128{shares[i]} * sum - int128{total} * claims[i].points;
            CHECK(diff > -sum);
            CHECK(diff < sum);
        }
        CHECK(given == total);
    }
}
