// The payout statement: written by hand, read back through the event reader,
// compared with a recomputation value by value.
#include <catch2/catch.hpp>

#include "ledger_builder.hpp"
#include "payout/payout.hpp"
#include "statement/statement.hpp"

using namespace coop;
using namespace coop::test;

namespace {

Ledger example_ledger() {
    LedgerBuilder b; // median, neutral 3, min-reviews 2, unreviewed 0.5, reserve 10%, connector 5%
    b.policy().kinds.push_back({"no", 5'000}); // a kind YAML would read as "false" unless quoted
    b.member("alice").member("bob").member("carol").member("dave");
    b.work("alice-1", "alice", "2026-11-03", 120, "code", "web");
    b.review("bob", "alice-1", "2026-11-04", 4).review("carol", "alice-1", "2026-11-04", 5);
    b.work("bob-1", "bob", "2026-11-04", 60, "no");
    b.work("carol-1", "carol", "2026-11-10", 90, "code", "web");
    b.income("rev-20261110-acme", "2026-11-10", "1000.00", "", "dave");
    b.income("rev-20261112-web", "2026-11-12", "300.00", "web");
    b.income("rev-20261113-idle", "2026-11-13", "50.00", "idle"); // no work: folded into general
    b.expense("rev-20261115-host", "2026-11-15", "100.00");
    return b.build();
}

std::string statement_text(const Ledger& ledger) {
    return statement_yaml(make_statement(compute_payout(ledger, period("2026-11")), ledger.policy));
}

// Reads `text` and compares it with the example's recomputation.
Diagnostics check(const std::string& text) {
    const Ledger ledger = example_ledger();
    Diagnostics diags;
    const Statement read = read_statement(text, "payouts/2026-11.yaml", 2, diags);
    if (diags.has_errors()) return diags;
    const Statement recomputed = make_statement(compute_payout(ledger, read.period), ledger.policy);
    compare_statement(read, recomputed, "payouts/2026-11.yaml", diags);
    diags.sort();
    return diags;
}

std::vector<std::string> lines(const Diagnostics& diags) {
    std::vector<std::string> out;
    for (const Diagnostic& d : diags.items())
        out.push_back(d.path + ":" + std::to_string(d.line) + ":" + std::to_string(d.column) +
                      ": " + d.message);
    return out;
}

// "line:col" of the character at `at` in `text`.
std::string place_at(const std::string& text, std::size_t at) {
    REQUIRE(at < text.size());
    const auto line =
        std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(at), '\n');
    const auto line_start = text.rfind('\n', at);
    const auto column = at - (line_start == std::string::npos ? 0 : line_start + 1);
    return std::to_string(line + 1) + ":" + std::to_string(column + 1);
}

// "line:col" of the first `needle` after `after` in `text`.
std::string place(const std::string& text, const std::string& after, const std::string& needle) {
    return place_at(text, text.find(needle, text.find(after)));
}

// The text of the quoted value of `key` after `after`.
std::string value(const std::string& text, const std::string& after, const std::string& key) {
    const auto start = text.find(key + ": \"", text.find(after)) + key.size() + 3;
    return text.substr(start, text.find('"', start) - start);
}

std::string replaced(std::string text, const std::string& after, const std::string& from,
                     const std::string& to) {
    const auto at = text.find(from, text.find(after));
    REQUIRE(at != std::string::npos);
    return text.replace(at, from.size(), to);
}

} // namespace

TEST_CASE("a statement reads back equal to what was written", "[statement]") {
    const Ledger ledger = example_ledger();
    const std::string text = statement_text(ledger);
    CHECK(lines(check(text)).empty());

    Diagnostics diags;
    const Statement s = read_statement(text, "payouts/2026-11.yaml", 2, diags);
    REQUIRE_FALSE(diags.has_errors());
    CHECK(format_period(s.period) == "2026-11");
    CHECK(s.currency == "EUR");
    CHECK(s.computed_from.empty());
    REQUIRE(s.table.pools.size() == 2); // general and web; idle is folded into general
    CHECK(s.table.pools[0].name == "general");
    CHECK(s.table.pools[0].income == Money{105'000});
    CHECK(s.table.pools[1].name == "web");
    REQUIRE(s.table.members.size() == 4);
    CHECK(s.table.members[3].handle == "dave");
    CHECK(s.table.members[3].commission == Money{5'000});
    CHECK(s.table.members[3].paid == Money{5'000});
    CHECK(s.has_carried_out);
    CHECK(s.policy.distribution == ledger.policy.distribution);
    CHECK(s.policy.review == ledger.policy.review);
    REQUIRE(s.policy.kinds.size() == 5);
    CHECK(s.policy.kinds[4].name == "no");
    CHECK(s.policy.kinds[4].weight == 5'000);
}

TEST_CASE("the statement quotes what YAML would misread", "[statement]") {
    const std::string text = statement_text(example_ledger());
    CHECK(text.find("period: \"2026-11\"\n") != std::string::npos);
    CHECK(text.find("    \"no\": \"0.5\"\n") != std::string::npos);
    CHECK(text.find("    code: \"1\"\n") != std::string::npos);
    CHECK(text.find("  - member: alice\n") != std::string::npos);
    CHECK(text.find("    income: \"1050.00\"\n") != std::string::npos);
    CHECK(text.find("    reserve: 10%\n") != std::string::npos);
    CHECK(text.find("    unreviewed-factor: \"0.5\"\n") != std::string::npos);
    CHECK(text.find("    minimum-payout: \"0.00\"\n") != std::string::npos);
    CHECK(text.find("carried-out:\n  reserve: \"") != std::string::npos);
    CHECK(text.find("computed-from") == std::string::npos);
}

TEST_CASE("a computed-from commit is written and read back", "[statement]") {
    const Ledger ledger = example_ledger();
    const std::string commit(40, 'a');
    const std::string text = statement_yaml(
        make_statement(compute_payout(ledger, period("2026-11")), ledger.policy, commit));
    CHECK(text.find("computed-from: \"" + commit + "\"\n") != std::string::npos);
    Diagnostics diags;
    CHECK(read_statement(text, "p.yaml", 2, diags).computed_from == commit);
    CHECK_FALSE(diags.has_errors());
}

TEST_CASE("each changed value is one difference at its place", "[statement]") {
    const std::string text = statement_text(example_ledger());
    const std::string amount = value(text, "member: bob", "paid");
    const std::string edited = replaced(text, "member: bob", "paid: \"", "paid: \"1");
    CHECK(lines(check(edited)) ==
          std::vector<std::string>{
              "payouts/2026-11.yaml:" + place(edited, "member: bob", "\"1" + amount) +
              ": bob paid is 1" + amount + " in the statement, " + amount + " recomputed"});
}

TEST_CASE("policy, pool and total differences name what differs", "[statement]") {
    std::string text = statement_text(example_ledger());
    text = replaced(text, "policy:", "reserve: 10%", "reserve: 12%");
    text = replaced(text, "pool: web", "income: \"300.00\"", "income: \"300.01\"");
    text = replaced(text, "totals:", "paid: \"", "paid: \"9");
    const auto got = lines(check(text));
    REQUIRE(got.size() == 3);
    CHECK(got[0].find("policy distribution reserve is 12% in the statement, 10% recomputed") !=
          std::string::npos);
    CHECK(got[1].find("pool web income is 300.01 in the statement, 300.00 recomputed") !=
          std::string::npos);
    CHECK(got[2].find(": total paid is 9") != std::string::npos);
}

TEST_CASE("members missing from or added to the statement are named", "[statement]") {
    const std::string text = statement_text(example_ledger());
    const std::string edited = replaced(text, "members:", "member: carol", "member: zoe");
    CHECK(lines(check(edited)) ==
          std::vector<std::string>{
              "payouts/2026-11.yaml:" + place(edited, "", "members:") +
                  ": member carol is missing from the statement (recomputed: earned " +
                  value(text, "member: carol", "earned") + ", paid " +
                  value(text, "member: carol", "paid") + ")",
              "payouts/2026-11.yaml:" + place(edited, "", "member: zoe") +
                  ": member zoe is in the statement but not in the recomputed payout"});
}

TEST_CASE("a malformed statement is reported at file, line and column", "[statement]") {
    const std::string text = statement_text(example_ledger());
    SECTION("an amount as a bare number") {
        const std::string amount = value(text, "member: bob", "paid");
        const std::string edited =
            replaced(text, "member: bob", "paid: \"" + amount + "\"", "paid: 12.5");
        CHECK(lines(check(edited)) ==
              std::vector<std::string>{
                  "payouts/2026-11.yaml:" + place(edited, "member: bob", "12.5") +
                  ": 'paid' must be an amount in quotes with exactly 2 decimals, like "
                  "\"123.45\", not 12.5"});
    }
    SECTION("an unknown key") {
        const std::string edited = replaced(text, "member: bob", "earned:", "earnd:");
        CHECK(lines(check(edited)) ==
              std::vector<std::string>{
                  "payouts/2026-11.yaml:" + place(edited, "member: bob", "earnd") +
                  ": unknown key 'earnd' in statement member; did you mean 'earned'?"});
    }
    SECTION("a member listed twice") {
        const std::string edited = replaced(text, "members:", "member: bob", "member: alice");
        const auto first = edited.find("member: alice");
        const auto second = edited.find("member: alice", first + 1);
        CHECK(lines(check(edited)) ==
              std::vector<std::string>{"payouts/2026-11.yaml:" + place_at(edited, second + 8) +
                                       ": member 'alice' is listed twice (first at line " +
                                       place_at(edited, first).substr(0, 2) + ")"});
    }
    SECTION("a period that is not one") {
        const auto got = lines(check(replaced(text, "", "\"2026-11\"", "\"2026-13\"")));
        REQUIRE(got.size() == 1);
        CHECK(got[0] == "payouts/2026-11.yaml:5:9: 'period' must be a month like \"2026-11\" or a "
                        "quarter like \"2026-Q4\", not '2026-13'");
    }
    SECTION("an empty file") {
        CHECK(lines(check("")) ==
              std::vector<std::string>{"payouts/2026-11.yaml:1:1: the statement is empty"});
    }
    SECTION("a YAML syntax error") {
        const auto got = lines(check("coop: 1\nperiod: \"2026-11\n"));
        REQUIRE(got.size() == 1);
        CHECK(got[0].find("syntax error") != std::string::npos);
    }
}

TEST_CASE("a statement of v1 is read and compared on the values it has", "[statement]") {
    // What coop close wrote before SPEC v2: amounts per member, a pool balance
    // before deficits were shared, the reserve at the top of the policy.
    const std::string v1 = R"(coop: 1
period: "2026-11"
currency: EUR
policy:
  review:
    scale: [0, 5]
    neutral: 3
    aggregate: median
    trim: "10%"
    min-reviews: 2
    unreviewed-factor: "0.5"
  kinds:
    code: "1"
  reserve: "10%"
  connector-share: "5%"
pools:
  - pool: general
    income: "0.00"
    expenses: "50.00"
    commissions: "0.00"
    balance: "-50.00"
    reserve: "0.00"
    distributable: "0.00"
    points: "30"
    deficit: "50.00"
  - pool: web
    income: "200.00"
    expenses: "0.00"
    commissions: "0.00"
    balance: "200.00"
    reserve: "20.00"
    distributable: "180.00"
    points: "30"
    deficit: "0.00"
members:
  - member: alice
    minutes: 60
    contributions: 1
    points: "30"
    commission: "0.00"
    amount: "180.00"
totals:
  income: "200.00"
  expenses: "50.00"
  commissions: "0.00"
  reserve: "20.00"
  paid: "180.00"
  deficit: "50.00"
)";
    Diagnostics diags;
    const Statement s = read_statement(v1, "payouts/2026-11.yaml", 2, diags);
    REQUIRE(lines(diags).empty());
    CHECK(s.version == 1);
    CHECK_FALSE(s.has_carried_out);
    CHECK(s.policy.distribution.reserve == 100'000);
    CHECK(s.policy.distribution.connector_share == 50'000);
    REQUIRE(s.table.members.size() == 1);
    CHECK(s.table.members[0].earned == Money{18'000});

    // Under v2 the web pool bears the general pool's deficit: every value v1
    // has that v2 computes otherwise is a difference.
    LedgerBuilder b;
    b.member("alice");
    b.work("alice-1", "alice", "2026-11-03", 60, "code", "web");
    b.expense("rev-20261104-rent", "2026-11-04", "50.00");
    b.income("rev-20261105-web", "2026-11-05", "200.00", "web");
    const Ledger ledger = b.build();
    const Policy policy = policy_in_force(ledger.policy, s.policy);
    const Statement recomputed =
        make_statement(compute_payout(ledger, s.period, policy, {}), policy);
    compare_statement(s, recomputed, "payouts/2026-11.yaml", diags);
    diags.sort();
    std::vector<std::string> got;
    for (const Diagnostic& d : diags.items())
        got.push_back(d.message);
    // Its balances before sharing and its deficits are v2's too; the rest moved.
    CHECK(got == std::vector<std::string>{
                     "pool web reserve is 20.00 in the statement, 15.00 recomputed",
                     "pool web distributable is 180.00 in the statement, 135.00 recomputed",
                     "alice amount is 180.00 in the statement, 135.00 recomputed",
                     "total reserve is 20.00 in the statement, 15.00 recomputed",
                     "total paid is 180.00 in the statement, 135.00 recomputed",
                 });
}

TEST_CASE("a circle's statement records its upstream rate and amount", "[statement][circle]") {
    Ledger ledger = example_ledger();
    ledger.policy.distribution.upstream = 125'000; // 12.5%
    const PayoutTable table = compute_payout(ledger, period("2026-11"), ledger.policy, Opening{});
    // income 1350.00 - commission 50.00 = 1300.00; x 12.5% = 162.50
    CHECK(table.totals.upstream == Money{16'250});
    const std::string text = statement_yaml(make_statement(table, ledger.policy));
    CHECK(text.find("  network:\n    upstream: 12.5%\n") != std::string::npos);
    CHECK(text.find("    upstream: \"162.50\"\n    commissions:") != std::string::npos);
    CHECK(text.find("  upstream: \"162.50\"\n  commissions:") != std::string::npos);

    Diagnostics diags;
    const Statement s = read_statement(text, "payouts/2026-11.yaml", 2, diags);
    REQUIRE_FALSE(diags.has_errors());
    CHECK(s.policy.distribution.upstream == 125'000);
    CHECK(s.table.totals.upstream == Money{16'250});
    CHECK(s.table.pools[0].upstream == Money{16'250});
    Diagnostics same;
    compare_statement(s, make_statement(table, ledger.policy), "payouts/2026-11.yaml", same);
    CHECK(lines(same).empty());

    // A statement that lowered its rate by hand differs at the rate and the amount.
    std::string lowered = replaced(text, "network:", "upstream: 12.5%", "upstream: 5%");
    lowered = replaced(lowered, "totals:", "upstream: \"162.50\"", "upstream: \"65.00\"");
    Diagnostics d2;
    const Statement l = read_statement(lowered, "payouts/2026-11.yaml", 2, d2);
    REQUIRE_FALSE(d2.has_errors());
    compare_statement(l, make_statement(table, ledger.policy), "payouts/2026-11.yaml", d2);
    d2.sort();
    const auto got = lines(d2);
    REQUIRE(got.size() == 2);
    CHECK(got[0] == "payouts/2026-11.yaml:" + place(lowered, "network:", "5%") +
                        ": policy network upstream is 5% in the statement, 12.5% recomputed");
    CHECK(got[1] == "payouts/2026-11.yaml:" + place(lowered, "totals:", "\"65.00\"") +
                        ": total upstream is 65.00 in the statement, 162.50 recomputed");
}

TEST_CASE("a statement without upstream is not a circle's", "[statement][circle]") {
    const std::string text = statement_text(example_ledger());
    CHECK(text.find("upstream") == std::string::npos);
    CHECK(text.find("network") == std::string::npos);
}
