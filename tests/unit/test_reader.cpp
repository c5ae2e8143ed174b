// The ledger reader on files written to a temporary directory: what the model
// holds and exactly which diagnostics come out, where (the test-only entry
// point idea of ninja's ParseTest, applied to a whole ledger).
#include <catch2/catch.hpp>

#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <random>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#include <fmt/format.h>

#include "model/diagnostic.hpp"
#include "model/ledger.hpp"
#include "read/file_readers.hpp"
#include "read/ledger_reader.hpp"
#include "validate/validate.hpp"

using namespace coop;
namespace fs = std::filesystem;
using Catch::Matchers::Contains;

namespace {

// SPEC's example coop.yaml.
std::string coop_yaml(std::string_view currency = "EUR") {
    return fmt::format(R"(coop: 1
name: Test Cooperative
currency: {}
period: monthly
review:
  scale: [0, 5]
  neutral: 3
  aggregate: median
  trim: 10%
  min-reviews: 2
  unreviewed-factor: 0.5
kinds:
  code: 1
  design: 1
  support: 0.8
  sales: 1.2
distribution:
  reserve: 10%
  connector-share: 5%
rules:
  max-time-per-day: 16h
  signed-commits: false
)",
                       currency);
}

// A ledger directory of its own, removed at the end of the test.
class TempLedger {
  public:
    explicit TempLedger(std::string_view currency = "EUR") {
        static std::atomic<unsigned> counter{0};
        std::random_device rd;
        root_ = fs::temp_directory_path() /
                fmt::format("coop-unit-{}-{}-{:08x}", ::getpid(), counter++, rd());
        fs::create_directories(root_);
        write("coop.yaml", coop_yaml(currency));
    }
    ~TempLedger() {
        std::error_code ec;
        fs::remove_all(root_, ec);
    }
    TempLedger(const TempLedger&) = delete;
    TempLedger& operator=(const TempLedger&) = delete;

    const fs::path& root() const { return root_; }

    void write(std::string_view rel, std::string_view text) const {
        put(rel, text, std::ios::trunc);
    }
    void append(std::string_view rel, std::string_view text) const {
        REQUIRE(fs::is_regular_file(root_ / rel));
        put(rel, text, std::ios::app);
    }
    void make_dir(std::string_view rel) const { fs::create_directories(root_ / rel); }
    void remove(std::string_view rel) const { fs::remove(root_ / rel); }

    // Lines in a file (the number of newlines).
    std::size_t line_count(std::string_view rel) const {
        std::ifstream in(root_ / rel, std::ios::binary);
        const std::string text{std::istreambuf_iterator<char>(in), {}};
        return static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n'));
    }

  private:
    void put(std::string_view rel, std::string_view text, std::ios::openmode mode) const {
        const fs::path p = root_ / rel;
        fs::create_directories(p.parent_path());
        std::ofstream out(p, std::ios::binary | mode);
        out.write(text.data(), static_cast<std::streamsize>(text.size()));
        out.close();
        REQUIRE(out.good());
    }

    fs::path root_;
};

struct Read {
    Diagnostics diags;
    Ledger ledger;
};

Read read_at(const TempLedger& t, unsigned threads = 1) {
    Read r;
    r.ledger = read_ledger(t.root(), r.diags, {.threads = threads});
    return r;
}

Read load_at(const TempLedger& t, unsigned threads = 1) {
    Read r;
    r.ledger = load_ledger(t.root(), r.diags, {.threads = threads});
    return r;
}

// As `coop validate` prints them.
std::vector<std::string> lines(const Diagnostics& d) {
    std::vector<std::string> out;
    for (const Diagnostic& x : d.items())
        out.push_back(fmt::format("{}:{}:{}: {}: {}", x.path, x.line, x.column,
                                  x.severity == Severity::error ? "error" : "warning", x.message));
    return out;
}

using Lines = std::vector<std::string>;

std::string at(Pos p) {
    return fmt::format("{}:{}", p.line, p.column);
}

std::string ymd(Date d) {
    return std::to_string(d.ymd);
}

using Views = std::vector<std::string_view>;

constexpr std::string_view alice_member = "handle: alice\n"
                                          "name: Alice Martin\n"
                                          "emails: [alice@example.org]\n"
                                          "joined: 2026-01-15\n";

// The ledger's contributions and reviews as their files have them (summaries,
// comments, places): read again through the ledger's source, as validate's
// messages find them.
class Parsed {
  public:
    explicit Parsed(const Ledger& l) : l_(l) {}
    const ParsedContribution& contribution(std::size_t i) {
        const Contribution& c = l_.contributions.at(i);
        return file(c.file).contributions.at(i - l_.first_entry[c.file]);
    }
    const ParsedReview& review(std::size_t i) {
        const Review& r = l_.reviews.at(i);
        return file(r.file).reviews.at(i - l_.first_entry[r.file]);
    }

  private:
    FileResult& file(FileId f) {
        auto [it, fresh] = files_.try_emplace(f);
        if (fresh) it->second = reread_file(l_, f);
        return it->second;
    }
    const Ledger& l_;
    std::map<FileId, FileResult> files_;
};

std::vector<std::string> paths(const Ledger& l) {
    std::vector<std::string> out;
    for (FileId f = 0; f < l.files.size(); ++f)
        out.emplace_back(l.path(f));
    return out;
}

// Everything the model holds, one line per item, positions included.
std::vector<std::string> describe(const Ledger& l) {
    std::vector<std::string> out;
    for (const Member& m : l.members) {
        std::vector<std::string> email_at;
        for (Pos p : m.email_pos)
            email_at.push_back(at(p));
        out.push_back(fmt::format("member {} {} {} {} {} {}{} [{}] {} {} [{}]", l.path(m.file),
                                  m.handle, m.name, fmt::join(m.emails, ","), ymd(m.joined),
                                  m.left ? ymd(*m.left) : "-", m.treasurer ? " treasurer" : "",
                                  fmt::join(m.keys, ","), at(m.handle_pos), at(m.joined_pos),
                                  fmt::join(email_at, ",")));
    }
    for (const OwnedFile& f : l.owned_files)
        out.push_back(
            fmt::format("owned {} {} {}", l.path(f.file), l.name(f.owner), at(f.owner_pos)));
    for (FileId f : l.incomplete_files)
        out.push_back(fmt::format("incomplete {}", l.path(f)));
    Parsed parsed(l);
    for (std::size_t i = 0; i < l.contributions.size(); ++i) {
        const Contribution& c = l.contributions[i];
        const ParsedContribution& p = parsed.contribution(i);
        out.push_back(fmt::format(
            "contribution {} {} {} {} {} {} {} '{}' [{}] {} {} {} {}", l.path(c.file), l.name(c.id),
            l.name(c.member), ymd(c.date), c.minutes, l.name(c.kind), l.name(c.project), p.summary,
            fmt::join(p.refs, ","), at(p.pos), at(p.id_pos), at(p.date_pos), at(p.time_pos)));
    }
    for (std::size_t i = 0; i < l.reviews.size(); ++i) {
        const Review& r = l.reviews[i];
        const ParsedReview& p = parsed.review(i);
        out.push_back(fmt::format("review {} {} {} {} {} {} '{}' {} {}", l.path(r.file),
                                  l.name(r.reviewer), l.name(r.contribution),
                                  r.target == no_entry ? "?" : std::to_string(r.target),
                                  ymd(r.date), r.score, p.comment, at(p.pos), at(p.score_pos)));
    }
    for (const RevenueEntry& e : l.revenue)
        out.push_back(fmt::format("revenue {} {} {} {} {} {} {} {} {} {}", l.path(e.file), e.id,
                                  ymd(e.date), e.type == RevenueType::income ? "income" : "expense",
                                  e.amount.minor, e.party, e.project, e.connector, at(e.pos),
                                  at(e.amount_pos)));
    return out;
}

} // namespace

TEST_CASE("the reader builds members contributions reviews and revenue", "[reader]") {
    TempLedger t;
    t.write("members/alice.yaml", "handle: alice\n"
                                  "name: Alice Martin\n"
                                  "emails: [alice@example.org, alice@home.example]\n"
                                  "joined: 2026-01-15\n"
                                  "left: 2026-12-31\n"
                                  "roles: [treasurer, steward]\n"
                                  "keys: [\"ssh-ed25519 AAAA alice@laptop\"]\n");
    t.write("members/bob.yaml", "handle: bob\n"
                                "name: Bob Stone\n"
                                "emails:\n"
                                "  - bob@example.org\n"
                                "joined: 2026-02-01\n"
                                "left: null\n"
                                "roles: []\n");
    t.write("contributions/2026/11/alice.yaml",
            "member: alice\n"
            "entries:\n"
            "  - id: alice-20261103-k7q2\n"
            "    date: 2026-11-03\n"
            "    time: 2h30m\n"
            "    kind: code\n"
            "    project: website\n"
            "    summary: Fix the checkout flow\n"
            "    refs: [https://git.example.org/web/pull/12, \"https://example.org/b\"]\n"
            "  - id: alice-20261104-abcd\n"
            "    date: 2026-11-04\n"
            "    time: 45m\n"
            "    kind: design\n"
            "    summary: \"Sketch: the new landing page\"\n");
    t.write("reviews/2026/11/bob.yaml", "reviewer: bob\n"
                                        "entries:\n"
                                        "  - contribution: alice-20261103-k7q2\n"
                                        "    date: 2026-11-05\n"
                                        "    score: 4\n"
                                        "    comment: Clean fix, with tests.\n"
                                        "  - contribution: alice-20261104-abcd\n"
                                        "    date: 2026-11-06\n"
                                        "    score: 0\n");
    t.write("revenue/2026/11.yaml", "entries:\n"
                                    "  - id: rev-20261110-acme\n"
                                    "    date: 2026-11-10\n"
                                    "    type: income\n"
                                    "    amount: \"1200.00\"\n"
                                    "    party: ACME Corp\n"
                                    "    project: website\n"
                                    "    connector: bob\n"
                                    "    memo: Support contract, November\n"
                                    "  - id: rev-20261115-host\n"
                                    "    date: 2026-11-15\n"
                                    "    type: expense\n"
                                    "    amount: '80.5'\n"
                                    "    party: Hosting Ltd\n");
    const Read r = load_at(t);
    CHECK(lines(r.diags) == Lines{});
    const Ledger& l = r.ledger;
    CHECK(l.incomplete_files.empty());
    CHECK(l.kinds_ok);
    CHECK(l.rules_ok);
    CHECK(paths(l) == std::vector<std::string>{"coop.yaml", "contributions/2026/11/alice.yaml",
                                               "members/alice.yaml", "members/bob.yaml",
                                               "revenue/2026/11.yaml", "reviews/2026/11/bob.yaml"});

    SECTION("policy") {
        CHECK(l.policy.name == "Test Cooperative");
        CHECK(l.policy.currency == "EUR");
        CHECK(l.policy.minor_digits == 2);
        REQUIRE(l.policy.kinds.size() == 4);
        CHECK(l.policy.kinds[2].name == "support");
        CHECK(l.policy.kinds[2].weight == 8000);
        CHECK(l.policy.kinds[3].weight == 12000);
        CHECK(l.policy.distribution.reserve == 100000);
        CHECK(l.policy.distribution.connector_share == 50000);
        CHECK(l.policy.review.unreviewed_factor == 500000);
        CHECK(l.policy.review.trim == 100000);
        CHECK(l.policy.max_minutes_per_day == 960);
    }

    SECTION("members") {
        REQUIRE(l.members.size() == 2);
        const Member& a = l.members[0];
        CHECK(l.path(a.file) == "members/alice.yaml");
        CHECK(a.handle == "alice");
        CHECK(a.name == "Alice Martin");
        CHECK(a.emails == Views{"alice@example.org", "alice@home.example"});
        CHECK(ymd(a.joined) == "20260115");
        REQUIRE(a.left);
        CHECK(ymd(*a.left) == "20261231");
        CHECK(a.treasurer);
        CHECK(a.steward);
        CHECK(a.keys == Views{"ssh-ed25519 AAAA alice@laptop"});
        CHECK(at(a.handle_pos) == "1:9");
        REQUIRE(a.email_pos.size() == 2);
        CHECK(at(a.email_pos[0]) == "3:10");
        CHECK(at(a.email_pos[1]) == "3:29");
        CHECK(at(a.joined_pos) == "4:9");
        CHECK(at(a.left_pos) == "5:7");

        const Member& b = l.members[1];
        CHECK(l.path(b.file) == "members/bob.yaml");
        CHECK(b.handle == "bob");
        CHECK(b.emails == Views{"bob@example.org"});
        REQUIRE(b.email_pos.size() == 1);
        CHECK(at(b.email_pos[0]) == "4:5"); // the item, after its '- '
        CHECK(ymd(b.joined) == "20260201");
        CHECK_FALSE(b.left);
        CHECK_FALSE(b.treasurer);
        CHECK_FALSE(b.steward);
        CHECK(b.keys.empty());
        CHECK(l.find_member("bob") == &b);
    }

    SECTION("contributions") {
        REQUIRE(l.contributions.size() == 2);
        Parsed parsed(l);
        const Contribution& c = l.contributions[0];
        const ParsedContribution& pc = parsed.contribution(0);
        CHECK(l.path(c.file) == "contributions/2026/11/alice.yaml");
        CHECK(l.name(c.id) == "alice-20261103-k7q2");
        CHECK(l.name(c.member) == "alice");
        CHECK(ymd(c.date) == "20261103");
        CHECK(c.minutes == 150);
        CHECK(l.name(c.kind) == "code");
        CHECK(l.name(c.project) == "website");
        CHECK(pc.summary == "Fix the checkout flow");
        CHECK(pc.refs == Views{"https://git.example.org/web/pull/12", "https://example.org/b"});
        CHECK(at(pc.pos) == "3:5");
        CHECK(at(pc.id_pos) == "3:9");
        CHECK(at(pc.date_pos) == "4:11");
        CHECK(at(pc.time_pos) == "5:11");
        CHECK(at(pc.kind_pos) == "6:11");
        CHECK(at(pc.project_pos) == "7:14");

        const Contribution& d = l.contributions[1];
        const ParsedContribution& pd = parsed.contribution(1);
        CHECK(l.name(d.id) == "alice-20261104-abcd");
        CHECK(ymd(d.date) == "20261104");
        CHECK(d.minutes == 45);
        CHECK(l.name(d.kind) == "design");
        CHECK(d.project == no_symbol);
        CHECK(pd.summary == "Sketch: the new landing page");
        CHECK(pd.refs.empty());
        CHECK(at(pd.pos) == "10:5");
        CHECK(at(pd.id_pos) == "10:9");
        CHECK(at(pd.date_pos) == "11:11");
        CHECK(at(pd.time_pos) == "12:11");
        CHECK(at(pd.project_pos) == "0:0");
    }

    SECTION("reviews") {
        REQUIRE(l.reviews.size() == 2);
        Parsed parsed(l);
        const Review& a = l.reviews[0];
        const ParsedReview& pa = parsed.review(0);
        CHECK(l.path(a.file) == "reviews/2026/11/bob.yaml");
        CHECK(l.name(a.reviewer) == "bob");
        CHECK(l.name(a.contribution) == "alice-20261103-k7q2");
        CHECK(ymd(a.date) == "20261105");
        CHECK(a.score == 4);
        CHECK(pa.comment == "Clean fix, with tests.");
        CHECK(at(pa.pos) == "3:5");
        CHECK(at(pa.contribution_pos) == "3:19");
        CHECK(at(pa.date_pos) == "4:11");
        CHECK(at(pa.score_pos) == "5:12");

        const Review& b = l.reviews[1];
        const ParsedReview& pb = parsed.review(1);
        CHECK(l.name(b.contribution) == "alice-20261104-abcd");
        CHECK(b.score == 0); // an explicit 0 is a review, not a missing one
        CHECK(pb.comment.empty());
        CHECK(at(pb.score_pos) == "9:12");
    }

    SECTION("owned files") {
        REQUIRE(l.owned_files.size() == 2);
        CHECK(l.path(l.owned_files[0].file) == "contributions/2026/11/alice.yaml");
        CHECK(l.name(l.owned_files[0].owner) == "alice");
        CHECK(at(l.owned_files[0].owner_pos) == "1:9");
        CHECK(l.path(l.owned_files[1].file) == "reviews/2026/11/bob.yaml");
        CHECK(l.name(l.owned_files[1].owner) == "bob");
        CHECK(at(l.owned_files[1].owner_pos) == "1:11");
    }

    SECTION("revenue") {
        REQUIRE(l.revenue.size() == 2);
        const RevenueEntry& a = l.revenue[0];
        CHECK(l.path(a.file) == "revenue/2026/11.yaml");
        CHECK(a.id == "rev-20261110-acme");
        CHECK(ymd(a.date) == "20261110");
        CHECK(a.type == RevenueType::income);
        CHECK(a.amount.minor == 120000);
        CHECK(a.party == "ACME Corp");
        CHECK(a.project == "website");
        CHECK(a.connector == "bob");
        CHECK(a.memo == "Support contract, November");
        CHECK(at(a.pos) == "2:5");
        CHECK(at(a.id_pos) == "2:9");
        CHECK(at(a.date_pos) == "3:11");
        CHECK(at(a.type_pos) == "4:11");
        CHECK(at(a.amount_pos) == "5:13");
        CHECK(at(a.project_pos) == "7:14");
        CHECK(at(a.connector_pos) == "8:16");

        const RevenueEntry& b = l.revenue[1];
        CHECK(b.type == RevenueType::expense);
        CHECK(b.amount.minor == 8050);
        CHECK(b.party == "Hosting Ltd");
        CHECK(b.project.empty());
        CHECK(b.connector.empty());
        CHECK(b.memo.empty());
    }
}

TEST_CASE("the reader finds the ledger root from a folder inside it", "[reader]") {
    TempLedger t;
    t.make_dir("contributions/2026/11");
    const auto root_of = [](const fs::path& p) {
        return find_ledger_root(p).value_or("").string();
    };
    CHECK(root_of(t.root() / "contributions/2026/11") == t.root().string());
    CHECK(root_of(t.root()) == t.root().string());
}

TEST_CASE("the reader rejects anchors and aliases where they are written", "[reader]") {
    TempLedger t;
    t.write("members/alice.yaml", "handle: alice\n"
                                  "name: &n Alice Martin\n"
                                  "emails: [alice@example.org]\n"
                                  "joined: 2026-01-15\n"
                                  "left: *n\n");
    t.write("contributions/2026/11/alice.yaml", "member: alice\n"
                                                "entries:\n"
                                                "  - &e\n"
                                                "    id: alice-20261103-k7q2\n"
                                                "    date: 2026-11-03\n"
                                                "    time: 1h\n"
                                                "    kind: code\n"
                                                "    summary: First\n"
                                                "  - *e\n");
    const Read r = read_at(t);
    CHECK(lines(r.diags) ==
          Lines{"contributions/2026/11/alice.yaml:3:5: error: anchors are not allowed in coop "
                "files; remove '&e'",
                "contributions/2026/11/alice.yaml:9:5: error: aliases are not allowed in coop "
                "files; write the value out",
                "contributions/2026/11/alice.yaml:9:5: error: expected a mapping of contribution "
                "keys here",
                "members/alice.yaml:2:7: error: anchors are not allowed in coop files; remove '&n'",
                "members/alice.yaml:5:7: error: aliases are not allowed in coop files; write the "
                "value out"});
    REQUIRE(r.ledger.members.size() == 1);
    CHECK(r.ledger.members[0].name == "Alice Martin");
    CHECK_FALSE(r.ledger.members[0].left);
    REQUIRE(r.ledger.contributions.size() == 1);
    CHECK(at(Parsed(r.ledger).contribution(0).pos) == "3:5");
    CHECK(Parsed(r.ledger).contribution(0).summary == "First");
}

TEST_CASE("the reader rejects a local tag", "[reader]") {
    TempLedger t;
    t.write("members/alice.yaml", std::string(alice_member) + "keys: !local []\n");
    const Read r = read_at(t);
    CHECK(lines(r.diags) == Lines{"members/alice.yaml:5:7: error: tags are not allowed in coop "
                                  "files; remove '!local'"});
}

TEST_CASE("the reader names a standard tag as it is written", "[reader]") {
    // The user wrote '!!seq'; libyaml hands over the resolved 'tag:yaml.org,2002:seq',
    // which is nowhere in the file.
    TempLedger t;
    t.write("members/alice.yaml", std::string(alice_member) + "roles: !!seq [treasurer]\n");
    const Read r = read_at(t);
    CHECK(lines(r.diags) == Lines{"members/alice.yaml:5:8: error: tags are not allowed in coop "
                                  "files; remove '!!seq'"});
    REQUIRE(r.ledger.members.size() == 1);
    CHECK(r.ledger.members[0].treasurer);
}

TEST_CASE("the reader reports a duplicate key and keeps the first value", "[reader]") {
    TempLedger t;
    t.write("members/alice.yaml", std::string(alice_member) + "name: Alice M.\n");
    t.write("contributions/2026/11/alice.yaml", "member: alice\n"
                                                "entries:\n"
                                                "  - id: alice-20261103-k7q2\n"
                                                "    date: 2026-11-03\n"
                                                "    time: 1h\n"
                                                "    kind: code\n"
                                                "    summary: First\n"
                                                "    time: 2h\n");
    const Read r = read_at(t);
    CHECK(lines(r.diags) ==
          Lines{"contributions/2026/11/alice.yaml:8:5: error: duplicate key 'time' in "
                "contribution (first at line 5)",
                "members/alice.yaml:5:1: error: duplicate key 'name' in member (first at line 2)"});
    REQUIRE(r.ledger.members.size() == 1);
    CHECK(r.ledger.members[0].name == "Alice Martin");
    REQUIRE(r.ledger.contributions.size() == 1);
    CHECK(r.ledger.contributions[0].minutes == 60);
}

TEST_CASE("the reader stops at nesting too deep", "[reader]") {
    TempLedger t;
    // entries: [[[...]]] 100 deep. The top mapping is depth 1, the k-th '[' depth k + 1:
    // the 64th '[' (column 9 + 64) is the first beyond the limit of 64.
    t.write("contributions/2026/11/alice.yaml",
            "member: alice\nentries: " + std::string(100, '[') + std::string(100, ']') + "\n");
    const Read r = read_at(t);
    CHECK(lines(r.diags) == Lines{"contributions/2026/11/alice.yaml:2:11: error: expected a "
                                  "mapping of contribution keys here",
                                  "contributions/2026/11/alice.yaml:2:73: error: nesting too "
                                  "deep"});
    CHECK(r.ledger.contributions.empty());
    CHECK(r.ledger.incomplete_files == std::vector<FileId>{1});
    CHECK_FALSE(r.ledger.complete(1));
    CHECK(r.ledger.complete(0));
}

TEST_CASE("the reader says what an empty file should hold", "[reader]") {
    TempLedger t;
    t.write("members/alice.yaml", "");
    t.write("members/bob.yaml", "# just a comment\n");
    t.write("contributions/2026/11/carol.yaml", "\n\n");
    t.write("revenue/2026/11.yaml", "");
    const Read r = read_at(t);
    CHECK(lines(r.diags) ==
          Lines{"contributions/2026/11/carol.yaml:1:1: error: empty file; expected 'member' and "
                "'entries'",
                "members/alice.yaml:1:1: error: empty file; expected a member",
                "members/bob.yaml:1:1: error: empty file; expected a member",
                "revenue/2026/11.yaml:1:1: error: empty file; expected 'entries'"});
    CHECK(r.ledger.members.empty());
    CHECK(r.ledger.incomplete_files.empty());
}

TEST_CASE("the reader places syntax errors where libyaml found them", "[reader]") {
    TempLedger t;
    // The plain scalar "Alice Martin emails" runs on into line 3; its ':' cannot start a
    // mapping value there.
    t.write("members/alice.yaml", "handle: alice\n"
                                  "name: Alice Martin\n"
                                  "  emails: [alice@example.org]\n"
                                  "joined: 2026-01-15\n");
    // The quoted scalar opened on line 2 meets the end of the stream on line 3: libyaml
    // points there, the reader at the opening quote.
    t.write("members/bob.yaml", "handle: bob\n"
                                "name: \"Bob Stone\n");
    const Read r = read_at(t);
    CHECK(lines(r.diags) ==
          Lines{"members/alice.yaml:3:9: error: syntax error: mapping values are not allowed in "
                "this context",
                "members/bob.yaml:2:7: error: syntax error: unclosed quote; the text that starts "
                "here has no closing quote"});
    CHECK(r.ledger.incomplete_files == std::vector<FileId>{1, 2});
}

TEST_CASE("the reader places encoding errors on their line", "[reader]") {
    // libyaml reports these as reader errors with a byte offset and no mark.
    TempLedger t;
    t.write("members/alice.yaml", "handle: alice\n"
                                  "name: Alice \xff Martin\n"
                                  "emails: [alice@example.org]\n"
                                  "joined: 2026-01-15\n");
    t.write("members/bob.yaml", "handle: bob\n"
                                "name: Bob\n"
                                "emails: [bob@example.org]\x07\n"
                                "joined: 2026-01-15\n");
    const Read r = read_at(t);
    REQUIRE(r.diags.items().size() == 2);
    const Diagnostic& a = r.diags.items()[0];
    CHECK(a.path == "members/alice.yaml");
    CHECK(a.line == 2);
    CHECK(a.column == 13);
    CHECK_THAT(a.message, Contains("UTF-8"));
    const Diagnostic& b = r.diags.items()[1];
    CHECK(b.path == "members/bob.yaml");
    CHECK(b.line == 3);
    CHECK(b.column == 26);
    CHECK_THAT(b.message, Contains("control character"));
}

TEST_CASE("the reader tells quoted text from unquoted numbers and booleans", "[reader]") {
    TempLedger t;
    t.write("contributions/2026/11/alice.yaml", "member: alice\n"
                                                "entries:\n"
                                                "  - id: alice-20261103-k7q2\n"
                                                "    date: 2026-11-03\n"
                                                "    time: \"2h\"\n"
                                                "    kind: code\n"
                                                "    summary: yes\n"
                                                "  - id: \"alice-20261104-abcd\"\n"
                                                "    date: \"2026-11-04\"\n"
                                                "    time: 45m\n"
                                                "    kind: \"code\"\n"
                                                "    summary: \"yes\"\n");
    t.write("revenue/2026/11.yaml", "entries:\n"
                                    "  - id: rev-20261110-acme\n"
                                    "    date: 2026-11-10\n"
                                    "    type: income\n"
                                    "    amount: 12.50\n"
                                    "    party: ACME Corp\n"
                                    "  - id: rev-20261111-beta\n"
                                    "    date: 2026-11-11\n"
                                    "    type: income\n"
                                    "    amount: \"12.50\"\n"
                                    "    party: \"2024\"\n"
                                    "  - id: rev-20261112-gamma\n"
                                    "    date: 2026-11-12\n"
                                    "    type: expense\n"
                                    "    amount: '7'\n"
                                    "    party: 2024\n");
    const Read r = read_at(t);
    CHECK(lines(r.diags) ==
          Lines{"contributions/2026/11/alice.yaml:7:14: error: 'summary' must be text, not a "
                "yes/no value; quote it: summary: \"yes\"",
                "revenue/2026/11.yaml:5:13: error: amount must be quoted decimal text, not a "
                "number: write amount: \"12.50\"",
                "revenue/2026/11.yaml:16:12: error: 'party' must be text, not a number; quote it: "
                "party: \"2024\""});
    const Ledger& l = r.ledger;
    REQUIRE(l.contributions.size() == 2);
    CHECK(l.contributions[0].minutes == 120);
    CHECK(Parsed(l).contribution(0).summary.empty());
    CHECK(l.name(l.contributions[1].id) == "alice-20261104-abcd");
    CHECK(ymd(l.contributions[1].date) == "20261104");
    CHECK(l.name(l.contributions[1].kind) == "code");
    CHECK(Parsed(l).contribution(1).summary == "yes");
    REQUIRE(l.revenue.size() == 3);
    CHECK(l.revenue[0].amount.minor == 0);
    CHECK(l.revenue[1].amount.minor == 1250);
    CHECK(l.revenue[1].party == "2024");
    CHECK(l.revenue[2].amount.minor == 700);
    CHECK(l.revenue[2].type == RevenueType::expense);
    CHECK(l.revenue[2].party.empty());
}

TEST_CASE("the reader keeps amounts to the precision of the currency", "[reader]") {
    SECTION("KWD has three decimals") {
        TempLedger t("KWD");
        t.write("revenue/2026/11.yaml", "entries:\n"
                                        "  - id: rev-20261110-a\n"
                                        "    date: 2026-11-10\n"
                                        "    type: income\n"
                                        "    amount: \"1.234\"\n"
                                        "    party: A\n"
                                        "  - id: rev-20261110-b\n"
                                        "    date: 2026-11-10\n"
                                        "    type: income\n"
                                        "    amount: \"1.2345\"\n"
                                        "    party: B\n"
                                        "  - id: rev-20261110-c\n"
                                        "    date: 2026-11-10\n"
                                        "    type: income\n"
                                        "    amount: \"0.000\"\n"
                                        "    party: C\n"
                                        "  - id: rev-20261110-d\n"
                                        "    date: 2026-11-10\n"
                                        "    type: income\n"
                                        "    amount: \"99999999999999999999\"\n"
                                        "    party: D\n");
        const Read r = read_at(t);
        CHECK(r.ledger.policy.minor_digits == 3);
        CHECK(lines(r.diags) ==
              Lines{"revenue/2026/11.yaml:10:13: error: amount '1.2345' has more than 3 decimal "
                    "places, the precision of KWD",
                    "revenue/2026/11.yaml:15:13: error: amount must be greater than zero; record "
                    "money going out as type: expense",
                    "revenue/2026/11.yaml:20:13: error: amount '99999999999999999999' is out of "
                    "range (at most 15 digits)"});
        REQUIRE(r.ledger.revenue.size() == 4);
        CHECK(r.ledger.revenue[0].amount.minor == 1234);
    }
    SECTION("JPY has none") {
        TempLedger t("JPY");
        t.write("revenue/2026/11.yaml", "entries:\n"
                                        "  - id: rev-20261110-a\n"
                                        "    date: 2026-11-10\n"
                                        "    type: income\n"
                                        "    amount: \"1200\"\n"
                                        "    party: A\n"
                                        "  - id: rev-20261110-b\n"
                                        "    date: 2026-11-10\n"
                                        "    type: income\n"
                                        "    amount: \"1200.5\"\n"
                                        "    party: B\n");
        const Read r = read_at(t);
        CHECK(r.ledger.policy.minor_digits == 0);
        CHECK(lines(r.diags) ==
              Lines{"revenue/2026/11.yaml:10:13: error: amount '1200.5' has decimals, but JPY "
                    "amounts are whole numbers"});
        REQUIRE(r.ledger.revenue.size() == 2);
        CHECK(r.ledger.revenue[0].amount.minor == 1200);
    }
}

TEST_CASE("the reader takes an empty entries value for an empty list", "[reader]") {
    SECTION("nothing null and an empty flow list") {
        TempLedger t;
        t.write("contributions/2026/11/alice.yaml", "member: alice\nentries:\n");
        t.write("reviews/2026/11/alice.yaml", "reviewer: alice\nentries: []\n");
        t.write("revenue/2026/11.yaml", "entries: ~\n");
        const Read r = read_at(t);
        CHECK(lines(r.diags) == Lines{});
        CHECK(r.ledger.contributions.empty());
        CHECK(r.ledger.reviews.empty());
        CHECK(r.ledger.revenue.empty());
    }
    SECTION("but not text") {
        TempLedger t;
        t.write("contributions/2026/11/alice.yaml", "member: alice\nentries: none\n");
        const Read r = read_at(t);
        CHECK(lines(r.diags) ==
              Lines{"contributions/2026/11/alice.yaml:2:10: error: 'entries' must be a list"});
    }
}

TEST_CASE("the reader suggests the key that was meant", "[reader]") {
    TempLedger t;
    t.write("contributions/2026/11/alice.yaml", "member: alice\n"
                                                "entries:\n"
                                                "  - id: alice-20261103-k7q2\n"
                                                "    date: 2026-11-03\n"
                                                "    hours: 2h\n"
                                                "    kind: code\n"
                                                "    sumary: Fix\n"
                                                "    colour: red\n");
    const Read r = read_at(t);
    CHECK(lines(r.diags) ==
          Lines{"contributions/2026/11/alice.yaml:5:5: error: unknown key 'hours' in "
                "contribution; did you mean 'time'?",
                "contributions/2026/11/alice.yaml:7:5: error: unknown key 'sumary' in "
                "contribution; did you mean 'summary'?",
                "contributions/2026/11/alice.yaml:8:5: error: unknown key 'colour' in "
                "contribution (known: id, date, time, kind, project, summary, refs)"});
    REQUIRE(r.ledger.contributions.size() == 1);
    CHECK(r.ledger.contributions[0].minutes == 0);
}

TEST_CASE("the reader explains a time that is not a duration", "[reader]") {
    TempLedger t;
    std::string text = "member: alice\nentries:\n";
    for (std::string_view entry : {"aaaa: 2", "bbbb: 25h", "cccc: 0m", "dddd: 1.01h", "eeee: 2x"})
        text += fmt::format("  - id: alice-20261103-{}\n"
                            "    date: 2026-11-03\n"
                            "    time: {}\n"
                            "    kind: code\n"
                            "    summary: x\n",
                            entry.substr(0, 4), entry.substr(6));
    t.write("contributions/2026/11/alice.yaml", text);
    const Read r = read_at(t);
    CHECK(lines(r.diags) ==
          Lines{"contributions/2026/11/alice.yaml:5:11: error: time '2' has no unit; write 2h",
                "contributions/2026/11/alice.yaml:10:11: error: time '25h' is more than 24h for "
                "one entry; log each day as its own entry",
                "contributions/2026/11/alice.yaml:15:11: error: time must be at least 1m",
                "contributions/2026/11/alice.yaml:20:11: error: time '1.01h' is not a whole "
                "number of minutes; write it in minutes, like 61m",
                "contributions/2026/11/alice.yaml:25:11: error: time '2x' is not a duration; "
                "write 5m, 90m, 1.5h or 2h30m"});
    REQUIRE(r.ledger.contributions.size() == 5);
    for (const Contribution& c : r.ledger.contributions)
        CHECK(c.minutes == 0);
}

TEST_CASE("the reader suggests minutes for the whole of a time with hours and minutes",
          "[reader]") {
    // 1.01h30m is 60.6 + 30 = 90.6 minutes: the nearest whole number is 91, not 61.
    TempLedger t;
    t.write("contributions/2026/11/alice.yaml", "member: alice\n"
                                                "entries:\n"
                                                "  - id: alice-20261103-k7q2\n"
                                                "    date: 2026-11-03\n"
                                                "    time: 1.01h30m\n"
                                                "    kind: code\n"
                                                "    summary: x\n");
    const Read r = read_at(t);
    REQUIRE(r.diags.items().size() == 1);
    const Diagnostic& d = r.diags.items()[0];
    CHECK(at(Pos{d.line, d.column}) == "5:11");
    CHECK_THAT(d.message, Contains("not a whole number of minutes") && Contains("91m"));
}

TEST_CASE("the reader says why a date does not exist", "[reader]") {
    TempLedger t;
    std::string text = "member: alice\nentries:\n";
    for (std::string_view date : {"2026-11-31", "2026-13-01", "2026-02-29"})
        text += fmt::format("  - id: alice-20261103-k7q2\n"
                            "    date: {}\n"
                            "    time: 1h\n"
                            "    kind: code\n"
                            "    summary: x\n",
                            date);
    t.write("contributions/2026/11/alice.yaml", text);
    const Read r = read_at(t);
    CHECK(lines(r.diags) ==
          Lines{"contributions/2026/11/alice.yaml:4:11: error: '2026-11-31' is not a date: "
                "2026-11 has only 30 days",
                "contributions/2026/11/alice.yaml:9:11: error: '2026-13-01' is not a date: there "
                "is no month 13",
                "contributions/2026/11/alice.yaml:14:11: error: '2026-02-29' is not a date: "
                "2026-02 has only 28 days"});
}

TEST_CASE("the reader does not blame the length of the month for other bad dates", "[reader]") {
    TempLedger t;
    std::string text = "member: alice\nentries:\n";
    // Day 00 exists in no month; '2026-1--05' has no month at all.
    for (std::string_view date : {"2026-11-00", "2026-1--05"})
        text += fmt::format("  - id: alice-20261103-k7q2\n"
                            "    date: {}\n"
                            "    time: 1h\n"
                            "    kind: code\n"
                            "    summary: x\n",
                            date);
    t.write("contributions/2026/11/alice.yaml", text);
    const Read r = read_at(t);
    REQUIRE(r.diags.items().size() == 2);
    CHECK(at(Pos{r.diags.items()[0].line, r.diags.items()[0].column}) == "4:11");
    CHECK_THAT(r.diags.items()[0].message,
               Contains("'2026-11-00' is not a date") && !Contains("has only 30 days"));
    CHECK(at(Pos{r.diags.items()[1].line, r.diags.items()[1].column}) == "9:11");
    CHECK_THAT(r.diags.items()[1].message,
               Contains("'2026-1--05' is not a date") && !Contains("has only"));
}

TEST_CASE("the reader does not advise fractional minutes for a bare decimal time", "[reader]") {
    TempLedger t;
    t.write("contributions/2026/11/alice.yaml", "member: alice\n"
                                                "entries:\n"
                                                "  - id: alice-20261103-k7q2\n"
                                                "    date: 2026-11-03\n"
                                                "    time: 1.5\n"
                                                "    kind: code\n"
                                                "    summary: x\n");
    const Read r = read_at(t);
    REQUIRE(r.diags.items().size() == 1);
    const Diagnostic& d = r.diags.items()[0];
    CHECK(d.line == 5);
    CHECK(d.column == 11);
    // "write 1.5h (or 1.5m)": 1.5m is refused as "not a duration".
    CHECK_THAT(d.message, Contains("write 1.5h") && !Contains("1.5m"));
}

TEST_CASE("the reader does not call a quoted score off the scale", "[reader]") {
    TempLedger t;
    t.write("reviews/2026/11/bob.yaml", "reviewer: bob\n"
                                        "entries:\n"
                                        "  - contribution: alice-20261103-k7q2\n"
                                        "    date: 2026-11-05\n"
                                        "    score: \"4\"\n");
    const Read r = read_at(t);
    REQUIRE(r.diags.items().size() == 1);
    const Diagnostic& d = r.diags.items()[0];
    CHECK(d.line == 5);
    CHECK(d.column == 12);
    // 4 is on the scale [0, 5]: what is wrong is the quotes.
    CHECK_THAT(d.message, !Contains("not on the scale"));
}

TEST_CASE("the reader advises quoting a list item inside the list", "[reader]") {
    TempLedger t;
    t.write("contributions/2026/11/alice.yaml", "member: alice\n"
                                                "entries:\n"
                                                "  - id: alice-20261103-k7q2\n"
                                                "    date: 2026-11-03\n"
                                                "    time: 1h\n"
                                                "    kind: code\n"
                                                "    summary: x\n"
                                                "    refs: [https://x.example, 12]\n");
    const Read r = read_at(t);
    REQUIRE(r.diags.items().size() == 1);
    const Diagnostic& d = r.diags.items()[0];
    CHECK(d.line == 8);
    CHECK(d.column == 31);
    // Following 'quote it: refs: "12"' gives "'refs' must be a list".
    CHECK_THAT(d.message, !Contains("refs: \"12\""));
    REQUIRE(r.ledger.contributions.size() == 1);
    CHECK(Parsed(r.ledger).contribution(0).refs == Views{"https://x.example"});
}

TEST_CASE("the reader checks that content fits the path", "[reader]") {
    TempLedger t;
    t.write("members/.gitkeep", "");
    t.write("members/alice.yml", std::string(alice_member));
    t.write("contributions/2026/11/Alice.yaml", "member: alice\nentries:\n");
    t.write("contributions/2026/11/alice.yaml", "member: bob\n"
                                                "entries:\n"
                                                "  - id: alice-20261031-k7q2\n"
                                                "    date: 2026-10-31\n"
                                                "    time: 1h\n"
                                                "    kind: code\n"
                                                "    summary: a\n"
                                                "  - id: alice-20261103-K7Q2\n"
                                                "    date: 2026-11-03\n"
                                                "    time: 1h\n"
                                                "    kind: code\n"
                                                "    summary: b\n");
    const Read r = read_at(t);
    CHECK(lines(r.diags) ==
          Lines{"contributions/2026/11/Alice.yaml:1:1: error: unexpected file: files here are "
                "named contributions/<YYYY>/<MM>/<handle>.yaml",
                "members/alice.yml:1:1: error: unexpected file: files here are named "
                "members/<handle>.yaml",
                "contributions/2026/11/alice.yaml:1:9: error: member 'bob' does not match the "
                "file name alice.yaml; a contribution file holds only its owner's work",
                "contributions/2026/11/alice.yaml:4:11: error: date 2026-10-31 is not in "
                "2026-11, the month of this file; move the entry to "
                "contributions/2026/10/alice.yaml",
                "contributions/2026/11/alice.yaml:8:9: error: id 'alice-20261103-K7Q2' does not "
                "fit its entry: write 'alice-20261103-' and 4 characters of a-z and 2-7, like "
                "'alice-20261103-k7q2'"});
    CHECK(paths(r.ledger) ==
          std::vector<std::string>{"coop.yaml", "contributions/2026/11/alice.yaml"});
}

TEST_CASE("the reader accepts one explicit document", "[reader]") {
    TempLedger t;
    t.write("members/alice.yaml", "---\n" + std::string(alice_member) + "...\n");
    const Read r = read_at(t);
    CHECK(lines(r.diags) == Lines{});
    REQUIRE(r.ledger.members.size() == 1);
    CHECK(at(r.ledger.members[0].handle_pos) == "2:9");
}

TEST_CASE("the reader refuses a second document", "[reader]") {
    TempLedger t;
    t.write("members/alice.yaml", std::string(alice_member) + "---\nhandle: mallory\n");
    const Read r = read_at(t);
    CHECK(lines(r.diags) == Lines{"members/alice.yaml:5:1: error: a coop file holds one YAML "
                                  "document; remove this '---' and what follows"});
    REQUIRE(r.ledger.members.size() == 1);
    CHECK(r.ledger.members[0].handle == "alice");
    CHECK(r.ledger.incomplete_files == std::vector<FileId>{1});
}

TEST_CASE("the reader reads CRLF line endings", "[reader]") {
    TempLedger t;
    t.write("contributions/2026/11/alice.yaml", "member: alice\r\n"
                                                "entries:\r\n"
                                                "  - id: alice-20261103-k7q2\r\n"
                                                "    date: 2026-11-03\r\n"
                                                "    time: 2h30m\r\n"
                                                "    kind: code\r\n"
                                                "    summary: Fix the checkout flow\r\n"
                                                "    refs:\r\n"
                                                "      - https://example.org/1\r\n"
                                                "    hours: 1h\r\n");
    const Read r = read_at(t);
    CHECK(lines(r.diags) == Lines{"contributions/2026/11/alice.yaml:10:5: error: unknown key "
                                  "'hours' in contribution; did you mean 'time'?"});
    REQUIRE(r.ledger.contributions.size() == 1);
    const Contribution& c = r.ledger.contributions[0];
    Parsed parsed(r.ledger);
    const ParsedContribution& pc = parsed.contribution(0);
    CHECK(c.minutes == 150);
    CHECK(pc.summary == "Fix the checkout flow");
    CHECK(pc.refs == Views{"https://example.org/1"});
    CHECK(at(pc.time_pos) == "5:11");
}

TEST_CASE("the reader skips a UTF-8 byte order mark", "[reader]") {
    TempLedger t;
    t.write("members/alice.yaml", "\xef\xbb\xbf" + std::string(alice_member));
    t.write("members/bob.yaml", "\xef\xbb\xbfhandle: Bob\n"
                                "name: Bob\n"
                                "emails: [bob@example.org]\n"
                                "joined: 2026-01-15\n");
    const Read r = read_at(t);
    CHECK(lines(r.diags) ==
          Lines{"members/bob.yaml:1:9: error: 'Bob' is not a valid handle (a lowercase letter, "
                "then up to 31 lowercase letters, digits or dashes)"});
    REQUIRE(r.ledger.members.size() == 2);
    const Member& a = r.ledger.members[0];
    CHECK(a.handle == "alice");
    CHECK(a.name == "Alice Martin");
    CHECK(at(a.handle_pos) == "1:9");
    CHECK(at(a.joined_pos) == "4:9");
}

TEST_CASE("the reader keeps unicode text byte for byte and counts columns in characters",
          "[reader]") {
    TempLedger t;
    t.write("contributions/2026/11/alice.yaml",
            "member: alice\n"
            "entries:\n"
            "  - id: alice-20261103-k7q2\n"
            "    date: 2026-11-03\n"
            "    time: 1h\n"
            "    kind: code\n"
            "    summary: Caf\xc3\xa9 \xe2\x98\x95 d\xc3\xa9j\xc3\xa0 vu \xf0\x9f\x9a\x80 "
            "na\xc3\xafve\n"
            "    refs: [caf\xc3\xa9, {a: b}]\n"
            "  - id: alice-20261104-k7q2\n"
            "    date: 2026-11-04\n"
            "    time: 1h\n"
            "    kind: code\n"
            "    summary: \"Sm\\u00f6rg\\u00e5sbord \\u00e9t\\u00e9 \\U0001F680\"\n");
    const Read r = read_at(t);
    // '{' is the 18th character of line 8 ("café" is 4 characters, 5 bytes).
    CHECK(lines(r.diags) == Lines{"contributions/2026/11/alice.yaml:8:18: error: 'refs' must be "
                                  "a single value, not a mapping"});
    REQUIRE(r.ledger.contributions.size() == 2);
    CHECK(Parsed(r.ledger).contribution(0).summary ==
          "Caf\xc3\xa9 \xe2\x98\x95 d\xc3\xa9j\xc3\xa0 vu \xf0\x9f\x9a\x80 na\xc3\xafve");
    CHECK(Parsed(r.ledger).contribution(0).refs == Views{"caf\xc3\xa9"});
    CHECK(Parsed(r.ledger).contribution(1).summary ==
          "Sm\xc3\xb6rg\xc3\xa5sbord \xc3\xa9t\xc3\xa9 \xf0\x9f\x9a\x80");
}

TEST_CASE("the reader reads very long lines", "[reader]") {
    TempLedger t;
    const std::string xs(100000, 'x'), as(100000, 'a'), ys(70000, 'y');
    t.write("contributions/2026/11/alice.yaml", "member: alice\n"
                                                "entries:\n"
                                                "  - id: alice-20261103-k7q2\n"
                                                "    date: 2026-11-03\n"
                                                "    time: 1h\n"
                                                "    kind: code\n"
                                                "    summary: " +
                                                    xs +
                                                    "\n"
                                                    "    refs: [" +
                                                    as +
                                                    ", {a: b}]\n"
                                                    "  - id: alice-20261104-k7q2\n"
                                                    "    date: 2026-11-04\n"
                                                    "    time: 1h\n"
                                                    "    kind: code\n"
                                                    "    summary: \"" +
                                                    ys + "\"\n");
    const Read r = read_at(t);
    // "    refs: [" is 11 characters, then 100000, then ", ": the '{' is at 100014.
    CHECK(lines(r.diags) == Lines{"contributions/2026/11/alice.yaml:8:100014: error: 'refs' must "
                                  "be a single value, not a mapping"});
    REQUIRE(r.ledger.contributions.size() == 2);
    CHECK(Parsed(r.ledger).contribution(0).summary == xs);
    CHECK(Parsed(r.ledger).contribution(0).refs == Views{as});
    CHECK(Parsed(r.ledger).contribution(1).summary == ys);
    CHECK(at(Parsed(r.ledger).contribution(1).id_pos) == "9:9");
}

TEST_CASE("the reader survives a directory named like a ledger file", "[reader]") {
    TempLedger t;
    t.write("members/alice.yaml", std::string(alice_member));
    t.make_dir("contributions/2026/11/alice.yaml");
    t.make_dir("members/bob.yaml");
    const Read read_only = read_at(t);
    const Read loaded = load_at(t);
    for (const Read* rp : {&read_only, &loaded}) {
        const Read& r = *rp;
        CHECK(r.ledger.contributions.empty());
        REQUIRE(r.ledger.members.size() == 1);
        CHECK(r.ledger.members[0].handle == "alice");
        for (const Diagnostic& d : r.diags.items()) {
            INFO(d.path << ": " << d.message);
            CHECK((d.path == "contributions/2026/11/alice.yaml" || d.path == "members/bob.yaml"));
        }
    }
}

TEST_CASE("the reader reports a coop yaml that is a directory", "[reader]") {
    TempLedger t;
    t.remove("coop.yaml");
    t.make_dir("coop.yaml");
    const Read r = read_at(t);
    CHECK(lines(r.diags) == Lines{"coop.yaml:1:1: error: cannot read file: Is a directory"});
    CHECK_FALSE(r.ledger.kinds_ok);
    CHECK_FALSE(r.ledger.rules_ok);
    CHECK(r.ledger.incomplete_files == std::vector<FileId>{0});
}

TEST_CASE("the reader gives the same result with one or many threads", "[reader]") {
    TempLedger t;
    // COOP_GEN_LEDGER in the environment: another checkout's (tests/cli/fresh_clone.py).
    const char* generator = std::getenv("COOP_GEN_LEDGER");
    const std::string command =
        fmt::format("/usr/bin/python3 '{}' '{}' --members 8 --months 2",
                    generator ? generator : COOP_GEN_LEDGER, t.root().string());
    REQUIRE(std::system(command.c_str()) == 0);

    // 20 generated entries of 6 lines follow "member:" and "entries:": line 123 is free.
    REQUIRE(t.line_count("contributions/2025/01/m0001.yaml") == 122);
    REQUIRE(t.line_count("contributions/2025/02/m0005.yaml") == 122);
    t.append("contributions/2025/01/m0001.yaml", "  - id: m0001-20250105-zzzz\n"
                                                 "    date: 2025-01-05\n"
                                                 "    time: 2\n"
                                                 "    kind: code\n"
                                                 "    sumary: x\n");
    t.append("contributions/2025/02/m0005.yaml", "  - id: m0005-20250301-abcd\n"
                                                 "    date: 2025-03-01\n"
                                                 "    time: 1h\n"
                                                 "    kind: cod\n"
                                                 "    summary: late entry\n");
    const std::size_t rev = t.line_count("revenue/2025/02.yaml");
    t.append("revenue/2025/02.yaml", "  - id: rev-20250210-late\n"
                                     "    date: 2025-03-10\n"
                                     "    type: income\n"
                                     "    amount: 5\n"
                                     "    party: Late Payer\n");
    t.write("members/notes.txt", "not a member\n");

    const Read one = read_at(t, 1);
    const Lines expected_read = {
        "members/notes.txt:1:1: error: unexpected file: files here are named "
        "members/<handle>.yaml",
        "contributions/2025/01/m0001.yaml:125:11: error: time '2' has no unit; write 2h",
        "contributions/2025/01/m0001.yaml:127:5: error: unknown key 'sumary' in contribution; "
        "did you mean 'summary'?",
        "contributions/2025/02/m0005.yaml:124:11: error: date 2025-03-01 is not in 2025-02, the "
        "month of this file; move the entry to contributions/2025/03/m0005.yaml",
        fmt::format("revenue/2025/02.yaml:{}:11: error: date 2025-03-10 is not in 2025-02, the "
                    "month of this file; move the entry to revenue/2025/03.yaml",
                    rev + 2),
        fmt::format("revenue/2025/02.yaml:{}:13: error: amount must be quoted decimal text, not a "
                    "number: write amount: \"5\"",
                    rev + 4)};
    CHECK(lines(one.diags) == expected_read);
    CHECK(one.ledger.members.size() == 8);
    CHECK(one.ledger.contributions.size() == 8 * 2 * 20 + 2);
    CHECK(one.ledger.reviews.size() == 8 * 2 * 20 * 2);
    CHECK(one.ledger.revenue.size() == 2 * 3 + 1);

    // Entries come in path order, then in file order.
    int out_of_order = 0;
    Parsed parsed(one.ledger);
    for (std::size_t i = 1; i < one.ledger.contributions.size(); ++i) {
        const Contribution& a = one.ledger.contributions[i - 1];
        const Contribution& b = one.ledger.contributions[i];
        if (!(one.ledger.path(a.file) < one.ledger.path(b.file) ||
              (a.file == b.file &&
               parsed.contribution(i - 1).pos.line < parsed.contribution(i).pos.line)))
            ++out_of_order;
    }
    CHECK(out_of_order == 0);

    const std::vector<std::string> model = describe(one.ledger);
    for (unsigned threads : {2u, 3u, 4u, 16u, 0u}) {
        INFO("threads " << threads);
        const Read many = read_at(t, threads);
        CHECK(lines(many.diags) == lines(one.diags));
        CHECK(describe(many.ledger) == model);
        CHECK(paths(many.ledger) == paths(one.ledger));
    }

    Lines expected_load = expected_read;
    expected_load.push_back("contributions/2025/02/m0005.yaml:126:11: error: unknown kind 'cod' "
                            "(known: code, design, support, sales, docs)");
    std::sort(
        expected_load.begin(), expected_load.end(), [](const std::string& a, const std::string& b) {
            // path, then line and column as numbers
            const auto key = [](const std::string& s) {
                const auto c1 = s.find(':'), c2 = s.find(':', c1 + 1), c3 = s.find(':', c2 + 1);
                return std::tuple{s.substr(0, c1), std::stoul(s.substr(c1 + 1, c2 - c1 - 1)),
                                  std::stoul(s.substr(c2 + 1, c3 - c2 - 1))};
            };
            return key(a) < key(b);
        });
    const Read loaded_one = load_at(t, 1);
    const Read loaded_four = load_at(t, 4);
    CHECK(lines(loaded_one.diags) == expected_load);
    CHECK(lines(loaded_four.diags) == lines(loaded_one.diags));
    CHECK(describe(loaded_four.ledger) == describe(loaded_one.ledger));
}
