// A long value in a message is shown in part, with an ellipsis: a 1 MB value
// is never repeated in full (issue 11).
#include <catch2/catch.hpp>

#include <string>

#include "model/diagnostic.hpp"
#include "read/memory_source.hpp"
#include "util/shorten.hpp"
#include "validate/validate.hpp"

using namespace coop;

TEST_CASE("shorten_middle keeps the start and the end around an ellipsis", "[text]") {
    CHECK(shorten_middle("short", 10) == "short");
    CHECK(shorten_middle("abcdefghijklmnopqrstuvwxyz", 10) == "abcdef\u2026xyz");
    // Characters, not bytes: no UTF-8 character is cut.
    CHECK(shorten_middle("ééééééééééééééééééééé", 7) == "éééé\u2026éé");
}

TEST_CASE("shorten_quoted shortens the quoted values of a message only", "[text]") {
    const std::string v(200, 'x');
    CHECK(shorten_quoted("unknown kind '" + v + "' (known: code); add it to coop.yaml's kinds",
                         20) == "unknown kind 'xxxxxxxxxxxx\u2026xxxxxxx' (known: code); add it "
                                "to coop.yaml's kinds");
    CHECK(shorten_quoted("it's 'short' and that's it", 20) == "it's 'short' and that's it");
}

TEST_CASE("a 1 MB value is not repeated in the messages about it", "[validate]") {
    const std::string huge(1 << 20, 'k');
    Diagnostics diags;
    const Ledger l = read_ledger_texts(
        {{"coop.yaml", "coop: 1\nname: Long\ncurrency: EUR\nperiod: monthly\nreview:\n"
                       "  scale: [0, 5]\n  neutral: 3\n  aggregate: median\n  min-reviews: 2\n"
                       "  unreviewed-factor: 0.5\nkinds:\n  code: 1\ndistribution:\n"
                       "  reserve: 10%\n  connector-share: 5%\n"},
         {"members/alice.yaml", "handle: alice\nname: Alice\nemails: [alice@example.org]\n"
                                "joined: 2026-01-15\nleft: null\nroles: []\nkeys: []\n"},
         {"contributions/2026/11/alice.yaml",
          "member: alice\nentries:\n  - id: alice-20261103-aaaa\n    date: 2026-11-03\n"
          "    time: 1h\n    kind: " +
              huge + "\n    summary: Long kind\n  - id: " + huge + "\n    date: 2026-11-03\n" +
              "    time: " + huge + "\n    kind: code\n    summary: Long id\n"}},
        diags);
    validate(l, diags);
    REQUIRE(diags.items().size() >= 3);
    std::size_t total = 0;
    for (const Diagnostic& d : diags.items()) {
        INFO(d.message.substr(0, 300));
        CHECK(d.message.size() < 1000);
        total += d.message.size();
    }
    CHECK(total < 10000);
    bool shortened = false;
    for (const Diagnostic& d : diags.items())
        shortened = shortened || d.message.find("kkkk\u2026kkkk") != std::string::npos;
    CHECK(shortened);
}
