// The ledger's layout: paths to kinds and back, handles, ids, conflict markers.
#include <catch2/catch.hpp>

#include <string>

#include "model/layout.hpp"
#include "read/conflict_markers.hpp"
#include "write/ids.hpp"

using namespace coop;

namespace {

const Date nov3 = make_date(2026, 11, 3);

} // namespace

TEST_CASE("every path a writer builds classifies back to its kind, owner and month") {
    const struct {
        std::string path;
        FileKind kind;
        std::string handle;
    } cases[] = {
        {member_path("alice"), FileKind::member, "alice"},
        {contributions_path("alice", nov3), FileKind::contributions, "alice"},
        {reviews_path("bob", nov3), FileKind::reviews, "bob"},
        {revenue_path("dave", nov3), FileKind::revenue, "dave"},
        {revenue_v1_path(nov3), FileKind::revenue, ""},
        {statement_path("2026-11"), FileKind::statement, ""},
    };
    for (const auto& c : cases) {
        INFO(c.path);
        const LedgerPath p = classify_path(c.path);
        CHECK(p.kind == c.kind);
        CHECK(p.handle == c.handle);
        if (c.kind != FileKind::member && c.kind != FileKind::statement) {
            CHECK(p.year == 2026);
            CHECK(p.month == 11);
        }
    }
    CHECK(revenue_path("dave", nov3) == "revenue/2026/11/dave.yaml");
    CHECK(revenue_v1_path(nov3) == "revenue/2026/11.yaml");
    CHECK(contributions_path("alice", make_date(987, 1, 31)) == "contributions/0987/01/alice.yaml");
}

TEST_CASE("paths that fit no layout say the form a file there must have") {
    CHECK(classify_path("revenue/2026/11/dave/x.yaml").expected ==
          "revenue/<YYYY>/<MM>/<handle>.yaml");
    CHECK(classify_path("revenue/2026/13.yaml").kind == FileKind::unexpected);
    CHECK(classify_path("revenue/2026/11/Dave.yaml").kind == FileKind::unexpected);
    CHECK(classify_path("contributions/2026/11.yaml").expected ==
          "contributions/<YYYY>/<MM>/<handle>.yaml");
    CHECK(classify_path("members/a/b.yaml").expected == "members/<handle>.yaml");
    CHECK(classify_path("coop.yaml").kind == FileKind::policy);
}

TEST_CASE("a ledger folder's name alone, as a file, is unexpected (found by tests/fuzz)") {
    // `proposals` alone once read a second part that was not there (ASan).
    for (const char* top :
         {"proposals", "members", "contributions", "reviews", "stances", "revenue", "payouts"}) {
        CAPTURE(top);
        CHECK(classify_path(top).kind == FileKind::unexpected);
        CHECK(!classify_path(top).expected.empty());
    }
    CHECK(classify_path("proposals").expected == "proposals/<YYYY>/prop-<yyyymmdd>-<name>.yaml");
}

TEST_CASE("handles: the form, then no reserved prefix") {
    CHECK(is_handle("alice"));
    CHECK(is_handle("a"));
    CHECK(is_handle("re"));
    CHECK(is_handle(std::string(32, 'a')));
    CHECK_FALSE(is_handle(std::string(33, 'a')));
    CHECK_FALSE(is_handle("Alice"));
    CHECK_FALSE(is_handle("1bob"));
    CHECK_FALSE(is_handle("al.ice"));
    CHECK_FALSE(is_handle(""));
    for (const char* reserved : {"rev", "revathi", "prop", "circle-lyon"}) {
        INFO(reserved);
        CHECK(is_handle_form(reserved));
        CHECK_FALSE(is_handle(reserved));
        CHECK(handle_problem(reserved)->find("starts with") != std::string::npos);
    }
    CHECK(*handle_problem("Bob") == "'Bob' is not a valid handle (a lowercase letter, then up to "
                                    "31 lowercase letters, digits or dashes)");
}

TEST_CASE("contribution ids read back to their member and date") {
    const std::string id = contribution_id_prefix("alice-b", nov3) + "k7q2";
    CHECK(id == "alice-b-20261103-k7q2");
    CHECK(is_contribution_id(id, "alice-b", nov3));
    const auto parts = parse_contribution_id(id);
    REQUIRE(parts);
    CHECK(parts->handle == "alice-b");
    CHECK(parts->date == nov3);
    CHECK(contribution_home(id)->path == "contributions/2026/11/alice-b.yaml");
    CHECK_FALSE(parse_contribution_id("alice-20261103-k7q1")); // 1 is not in the alphabet
    CHECK_FALSE(parse_contribution_id("alice-20261131-k7q2")); // no such day
    CHECK_FALSE(parse_contribution_id("alice-2026113-k7q2a"));
    CHECK_FALSE(parse_contribution_id("-20261103-k7q2"));
    CHECK_FALSE(is_contribution_id(id, "alice", nov3));
    for (int i = 0; i < 20; ++i)
        CHECK(is_contribution_id(contribution_id_prefix("bob", nov3) + random_id_suffix(), "bob",
                                 nov3));
}

TEST_CASE("revenue ids: rev-<yyyymmdd>-<1 to 16 of a-z, 0-9 and dashes>") {
    CHECK(revenue_id_prefix(nov3) == "rev-20261103-");
    CHECK(is_revenue_id("rev-20261103-acme", nov3));
    CHECK(is_revenue_id("rev-20261103-" + std::string(16, 'x'), nov3));
    CHECK_FALSE(is_revenue_id("rev-20261103-" + std::string(17, 'x'), nov3));
    CHECK_FALSE(is_revenue_id("rev-20261103-", nov3));
    CHECK_FALSE(is_revenue_id("rev-20261103-Acme", nov3));
    CHECK_FALSE(is_revenue_id("rev-20261104-acme", nov3));
    CHECK(parse_revenue_id("rev-20261103-acme") == nov3);
    CHECK_FALSE(parse_revenue_id("rev-20261303-acme"));
    CHECK(party_slug("ACME Corp.") == "acme-corp");
    CHECK(is_revenue_id(revenue_id_prefix(nov3) + party_slug("Very Long Party Name Inc."), nov3));
}

TEST_CASE("conflict markers: the lines that open a conflict") {
    CHECK(conflict_lines("a: 1\n<<<<<<< HEAD\nb\n=======\nc\n>>>>>>> x\n<<<<<<<\n") ==
          std::vector<std::uint32_t>{2, 7});
    CHECK(conflict_lines("<<<<<<< ours\r\n") == std::vector<std::uint32_t>{1});
    CHECK(conflict_lines("summary: a <<<<<<< b\n<<<<<<<<\n  <<<<<<< x\n").empty());
    CHECK(conflict_lines("").empty());
}
