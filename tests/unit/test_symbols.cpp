// The compact storage under the ledger: symbols, the id index, and reading in
// order on several threads.
#include <catch2/catch.hpp>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <random>
#include <string>
#include <thread>
#include <vector>

#include "read/ordered_parallel.hpp"
#include "util/symbol_table.hpp"
#include "util/text_index.hpp"

using namespace coop;

TEST_CASE("symbols give back their text, interned or not", "[symbols]") {
    SymbolTable t;
    CHECK(t[no_symbol].empty());
    CHECK(t.intern("") == no_symbol);
    const Sym alice = t.intern("alice");
    CHECK(t.intern("alice") == alice);
    CHECK(t.intern("bob") != alice);
    const Sym id = t.add("alice-20261103-k7q2");
    CHECK(t.add("alice-20261103-k7q2") != id); // add never looks for an equal text
    CHECK(t[id] == "alice-20261103-k7q2");
    CHECK(t[alice] == "alice");
    CHECK(t.intern("alice-20261103-k7q2") != id); // nor does intern see added text
}

TEST_CASE("symbols hold any text, from empty to longer than a chunk", "[symbols]") {
    SymbolTable t;
    std::vector<std::string> texts;
    std::mt19937 rng(7);
    for (std::size_t n : {0, 1, 127, 128, 129, 16383, 16384, 70000, 300000, 2000000})
        texts.push_back(std::string(n, static_cast<char>('a' + n % 26)));
    for (int i = 0; i < 50000; ++i) // enough to fill several chunks
        texts.push_back("id-" + std::to_string(rng()));
    texts.push_back(std::string("nul\0inside", 10));
    std::vector<Sym> syms;
    for (const auto& s : texts)
        syms.push_back(t.add(s));
    const SymbolTable moved = std::move(t);
    for (std::size_t i = 0; i < texts.size(); ++i)
        REQUIRE(moved[syms[i]] == texts[i]);
}

TEST_CASE("the text index finds every id and reports the first of two equal ones", "[symbols]") {
    std::vector<std::string> ids;
    for (int i = 0; i < 20000; ++i)
        ids.push_back("m" + std::to_string(i % 15000) + "-20250601-abcd");
    const auto text_of = [&](std::uint32_t n) { return std::string_view(ids[n]); };
    TextIndex<decltype(text_of)> index(10, text_of); // grows past its first guess
    std::size_t duplicates = 0;
    for (std::uint32_t n = 0; n < ids.size(); ++n) {
        const auto first = index.insert(n);
        if (n < 15000) {
            CHECK_FALSE(first);
        } else {
            REQUIRE(first);
            CHECK(*first == n - 15000);
            ++duplicates;
        }
    }
    CHECK(duplicates == 5000);
    for (std::uint32_t n = 0; n < 15000; ++n)
        REQUIRE(index.find(ids[n]) == n);
    CHECK_FALSE(index.find("m15000-20250601-abcd"));
    CHECK_FALSE(index.find(""));
}

TEST_CASE("reading in order merges every result in order, a window at a time", "[symbols]") {
    for (unsigned threads : {1u, 2u, 4u}) {
        for (std::size_t window : {1u, 3u, 64u}) {
            INFO("threads " << threads << ", window " << window);
            const std::size_t count = 500;
            std::atomic<int> in_flight{0}, most{0};
            std::vector<std::size_t> merged;
            read_in_order<std::vector<std::size_t>>(
                count, threads,
                [&](std::size_t k, std::string& buffer, std::vector<std::size_t>& out) {
                    const int now = ++in_flight;
                    for (int seen = most.load();
                         now > seen && !most.compare_exchange_weak(seen, now);)
                        ;
                    buffer.assign(k % 7, 'x'); // the thread's own buffer, reused
                    if (k % 37 == 0) std::this_thread::sleep_for(std::chrono::microseconds(300));
                    out.push_back(k);
                    out.push_back(buffer.size());
                },
                [&](std::size_t k, std::vector<std::size_t>& r) {
                    --in_flight;
                    REQUIRE(r.size() == 2);
                    CHECK(r[0] == k);
                    CHECK(r[1] == k % 7);
                    merged.push_back(k);
                },
                window);
            REQUIRE(merged.size() == count);
            CHECK(std::is_sorted(merged.begin(), merged.end()));
            // Read but not yet merged: never more than the window.
            CHECK(most.load() <= static_cast<int>(window));
        }
    }
}

TEST_CASE("a read that throws stops the reading and reaches the caller", "[symbols]") {
    std::size_t merged = 0;
    const auto run = [&] {
        read_in_order<int>(
            200, 2,
            [](std::size_t k, std::string&, int& out) {
                if (k == 50) throw std::runtime_error("unreadable");
                out = static_cast<int>(k);
            },
            [&](std::size_t, int&) { ++merged; }, 8);
    };
    CHECK_THROWS_WITH(run(), "unreadable");
    CHECK(merged == 50);
}
