// "Did you mean" suggestions.
#include <catch2/catch.hpp>

#include <array>
#include <string>
#include <string_view>
#include <vector>

#include "util/suggest.hpp"

using namespace coop;

namespace {

// The keys of a contribution entry, in the reader's order.
constexpr std::array<std::string_view, 7> entry_keys = {"id",      "date",    "time", "kind",
                                                        "project", "summary", "refs"};

std::string suggest(std::string_view word, std::span<const std::string_view> candidates) {
    const auto c = closest(word, candidates);
    return c ? std::string(*c) : "(none)";
}

std::string suggest_key(std::string_view word) {
    return suggest(word, entry_keys);
}

} // namespace

TEST_CASE("edit distance counts insertions deletions and substitutions", "[suggest]") {
    CHECK(edit_distance("", "") == 0);
    CHECK(edit_distance("abc", "abc") == 0);
    CHECK(edit_distance("abc", "") == 3);
    CHECK(edit_distance("", "abc") == 3);
    CHECK(edit_distance("kitten", "sitting") == 3);
    CHECK(edit_distance("flaw", "lawn") == 2);
    CHECK(edit_distance("kind", "kinds") == 1);
    CHECK(edit_distance("summary", "sumary") == 1);
    CHECK(edit_distance("date", "data") == 1);
    // No letter in common: every letter is an edit.
    CHECK(edit_distance("hours", "time") == 5);
    CHECK(edit_distance("hours", "summary") == 6);
}

TEST_CASE("edit distance counts a transposition as one edit", "[suggest]") {
    CHECK(edit_distance("time", "tiem") == 1);
    CHECK(edit_distance("ab", "ba") == 1);
    CHECK(edit_distance("abc", "acb") == 1);
    CHECK(edit_distance("summary", "sumamry") == 1);
    CHECK(edit_distance("project", "projcet") == 1);
    CHECK(edit_distance("abcd", "badc") == 2);
    // Optimal string alignment: a transposed pair is not edited again ("ca" to "abc" is 3,
    // where unrestricted Damerau-Levenshtein would say 2).
    CHECK(edit_distance("ca", "abc") == 3);
}

TEST_CASE("edit distance is symmetric", "[suggest]") {
    const std::vector<std::string_view> words = {"",     "a",       "ab",     "ba",  "time",
                                                 "tiem", "summary", "sumary", "ca",  "abc",
                                                 "kind", "kinds",   "hours",  "refs"};
    for (auto a : words)
        for (auto b : words) {
            INFO(a << " / " << b);
            CHECK(edit_distance(a, b) == edit_distance(b, a));
        }
}

TEST_CASE("closest finds a plausible typo among the candidates", "[suggest]") {
    CHECK(suggest_key("tiem") == "time");
    CHECK(suggest_key("sumary") == "summary");
    CHECK(suggest_key("summray") == "summary");
    CHECK(suggest_key("projcet") == "project");
    CHECK(suggest_key("ref") == "refs");
    CHECK(suggest_key("dat") == "date");
    CHECK(suggest_key("kinds") == "kind");
    CHECK(suggest_key("time") == "time");
}

TEST_CASE("closest gives nothing when every candidate is too far", "[suggest]") {
    // "hours" means "time", but no spelling gets there: the reader's alias table does.
    CHECK(suggest_key("hours") == "(none)");
    CHECK(suggest_key("colour") == "(none)");
    CHECK(suggest_key("description") == "(none)");
    CHECK(suggest_key("") == "(none)");
    CHECK(suggest("x", std::span<const std::string_view>{}) == "(none)");
}

TEST_CASE("closest allows at most two edits", "[suggest]") {
    const std::array<std::string_view, 1> two = {"abcdefxy"};
    const std::array<std::string_view, 1> three = {"abcdexyz"};
    CHECK(suggest("abcdefgh", two) == "abcdefxy");
    CHECK(suggest("abcdefgh", three) == "(none)");
}

TEST_CASE("closest allows fewer edits than half the word", "[suggest]") {
    // suggest.hpp: "within a distance that a typo plausibly makes (at most 2, and less
    // than half the word)".
    const std::array<std::string_view, 1> abx = {"abx"};
    const std::array<std::string_view, 1> abxye = {"abxye"};
    const std::array<std::string_view, 1> abxy = {"abxy"};
    CHECK(suggest("abc", abx) == "abx");       // 1 < 1.5
    CHECK(suggest("abcde", abxye) == "abxye"); // 2 < 2.5
    CHECK(suggest("abcd", abxy) == "(none)");  // 2 is not less than 2
    // What that limit is for: an unknown key 'name' in a contribution is two edits from
    // both 'date' and 'time', and "did you mean 'date'?" would mislead.
    CHECK(suggest_key("name") == "(none)");
}

TEST_CASE("closest prefers the nearest and then the earliest candidate", "[suggest]") {
    const std::array<std::string_view, 3> words = {"card", "care", "cart"};
    CHECK(suggest("cart", words) == "cart");
    CHECK(suggest("carx", words) == "card");
    const std::array<std::string_view, 2> far_then_near = {"abxx", "abcx"};
    CHECK(suggest("abcd", far_then_near) == "abcx");
}

TEST_CASE("join separates items", "[suggest]") {
    const std::array<std::string_view, 3> three = {"a", "b", "c"};
    const std::array<std::string_view, 1> one = {"a"};
    CHECK(join(three) == "a, b, c");
    CHECK(join(one) == "a");
    CHECK(join(std::span<const std::string_view>{}) == "");
    CHECK(join(three, " | ") == "a | b | c");
    CHECK(join(entry_keys) == "id, date, time, kind, project, summary, refs");
}

TEST_CASE("closest or prefix falls back to the one candidate a short word begins", "[suggest]") {
    const std::vector<std::string_view> subcommands = {"add", "leave", "list"};
    CHECK(coop::closest_or_prefix("ad", subcommands) == std::optional<std::string_view>("add"));
    CHECK(coop::closest_or_prefix("lis", subcommands) == std::optional<std::string_view>("list"));
    CHECK_FALSE(coop::closest_or_prefix("l", subcommands)); // leave or list
    CHECK_FALSE(coop::closest_or_prefix("", subcommands));
    CHECK(coop::closest_or_prefix("levae", subcommands) ==
          std::optional<std::string_view>("leave"));
    CHECK_FALSE(coop::closest_or_prefix("xyz", subcommands));
}
