// Each statistic of SPEC 7 on small ledgers, computed by hand.
#include <catch2/catch.hpp>

#include "ledger_builder.hpp"
#include "monitor/monitor.hpp"

using namespace coop;
using namespace coop::test;
using namespace coop::monitor;

namespace {

Rational r(std::int64_t num, std::int64_t den) {
    return make_rational(num, den);
}

const audit::EntryCommits no_git{false, "the ledger is not in a git repository", {}};

// A commit `seconds` after midnight UTC of `date` (noon by default), by a
// committer `offset` minutes east of UTC.
audit::EntryCommit commit_at(std::string_view date, std::string email = "",
                             std::int64_t seconds = 12 * 3600, int offset = 0) {
    return {"0123456789abcdef0123456789abcdef01234567",
            days_from_civil(day(date)) * 86400 + seconds, offset, std::move(email)};
}

} // namespace

TEST_CASE("reciprocity flags a pair only when both favour the other by the margin", "[monitor]") {
    LedgerBuilder b;
    b.member("ann").member("ben").member("cat").member("dan");
    // ann and ben give each other 5s, three times each way
    for (int i = 1; i <= 3; ++i) {
        const std::string a = "ann-2026110" + std::to_string(i) + "-aaaa";
        const std::string bb = "ben-2026110" + std::to_string(i) + "-bbbb";
        b.work(a, "ann", "2026-11-0" + std::to_string(i), 60);
        b.work(bb, "ben", "2026-11-0" + std::to_string(i), 60);
        b.review("ben", a, "2026-11-05", 5).review("ann", bb, "2026-11-05", 5);
    }
    // to everyone else: ann gives 3 and 3 (median 3), ben 4 and 3 (median 7/2)
    b.work("cat-20261106-cccc", "cat", "2026-11-06", 60);
    b.work("dan-20261106-dddd", "dan", "2026-11-06", 60);
    b.review("ann", "cat-20261106-cccc", "2026-11-07", 3);
    b.review("ann", "dan-20261106-dddd", "2026-11-07", 3);
    b.review("ben", "cat-20261106-cccc", "2026-11-07", 4);
    b.review("ben", "dan-20261106-dddd", "2026-11-07", 3);
    Ledger ledger = b.build();
    MonitorReport m = compute_monitor(ledger, period("2026-11"), no_git);
    REQUIRE(m.reciprocity.size() == 1);
    const ReciprocalPair& p = m.reciprocity[0];
    CHECK(p.ab.reviewer == "ann");
    CHECK(p.ab.contributor == "ben");
    CHECK(p.ab.reviews.size() == 3);
    CHECK(p.ab.median == r(5, 1));
    CHECK(p.ab.others == 2);
    CHECK(*p.ab.others_median == r(3, 1));
    CHECK(*p.ab.margin == r(2, 1));
    CHECK(*p.ba.others_median == r(7, 2));
    CHECK(*p.ba.margin == r(3, 2));
    CHECK(p.flagged);

    // a margin of 1.6 is past ben's 1.5: no flag, although ann's 2 passes it
    ledger.policy.monitor.reciprocity_margin = 16'000;
    CHECK_FALSE(compute_monitor(ledger, period("2026-11"), no_git).reciprocity[0].flagged);
    // four reviews each way are needed: the pair is not even listed
    ledger.policy.monitor.reciprocity_reviews = 4;
    CHECK(compute_monitor(ledger, period("2026-11"), no_git).reciprocity.empty());
}

TEST_CASE("reviewer bias: medians of even counts are the mean of the middle two", "[monitor]") {
    LedgerBuilder b;
    b.member("ann").member("ben").member("cat").member("dan").member("eve");
    // dan reviews four of eve's contributions, each also reviewed by ann and ben:
    //   others 4,5 (median 9/2), dan 2: -5/2
    //   others 3,3 (median 3),   dan 2: -1
    //   others 4,4 (median 4),   dan 4: 0
    //   others 2,5 (median 7/2), dan 1: -5/2
    // sorted -5/2, -5/2, -1, 0: d = (-5/2 + -1) / 2 = -7/4
    const int others[4][2] = {{4, 5}, {3, 3}, {4, 4}, {2, 5}};
    const int dans[4] = {2, 2, 4, 1};
    for (int i = 0; i < 4; ++i) {
        const std::string id = "eve-2026111" + std::to_string(i) + "-eeee";
        b.work(id, "eve", "2026-11-1" + std::to_string(i), 60);
        b.review("ann", id, "2026-11-20", others[i][0]);
        b.review("ben", id, "2026-11-20", others[i][1]);
        b.review("dan", id, "2026-11-20", dans[i]);
    }
    // cat's review has only one other beside it: not compared
    b.work("eve-20261115-ffff", "eve", "2026-11-15", 60);
    b.review("cat", "eve-20261115-ffff", "2026-11-20", 0);
    b.review("dan", "eve-20261115-ffff", "2026-11-20", 5);
    Ledger ledger = b.build();
    ledger.policy.monitor.bias_reviews = 4;
    const MonitorReport m = compute_monitor(ledger, period("2026-11"), no_git);
    const auto dan = std::find_if(m.bias.begin(), m.bias.end(),
                                  [](const ReviewerBias& x) { return x.reviewer == "dan"; });
    REQUIRE(dan != m.bias.end());
    REQUIRE(dan->compared.size() == 4);
    CHECK(dan->compared[0].others_median == r(9, 2));
    CHECK(dan->compared[0].difference == r(-5, 2));
    CHECK(dan->d == r(-7, 4));
    CHECK(dan->flagged);
    CHECK(std::none_of(m.bias.begin(), m.bias.end(),
                       [](const ReviewerBias& x) { return x.reviewer == "cat"; }));
    // ann: 4 - 7/2 = 1/2, 3 - 5/2 = 1/2, 4 - 4 = 0, 2 - 3 = -1 -> d = (0 + 1/2) / 2 = 1/4
    const auto ann = std::find_if(m.bias.begin(), m.bias.end(),
                                  [](const ReviewerBias& x) { return x.reviewer == "ann"; });
    REQUIRE(ann != m.bias.end());
    CHECK(ann->d == r(1, 4));
    CHECK_FALSE(ann->flagged);
    // with the default of 8 reviews, 4 are too few to flag
    ledger.policy.monitor.bias_reviews = 8;
    const MonitorReport strict = compute_monitor(ledger, period("2026-11"), no_git);
    CHECK(strict.flag_count() == 0);
}

TEST_CASE("reviewer focus: the Herfindahl index over at least 8 reviews", "[monitor]") {
    LedgerBuilder b;
    b.member("ann").member("dan").member("eve");
    for (int i = 1; i <= 6; ++i) {
        const std::string id = "dan-2026110" + std::to_string(i) + "-dddd";
        b.work(id, "dan", "2026-11-0" + std::to_string(i), 30).review("ann", id, "2026-11-09", 4);
    }
    b.work("eve-20261101-eeee", "eve", "2026-11-01", 30);
    b.review("ann", "eve-20261101-eeee", "2026-11-09", 4);
    Ledger ledger = b.build();
    // 7 reviews: 6 of dan's, 1 of eve's: HHI = (36 + 1) / 49, but 7 < 8
    MonitorReport m = compute_monitor(ledger, period("2026-11"), no_git);
    REQUIRE(m.focus.size() == 1);
    CHECK(m.focus[0].hhi == r(37, 49));
    CHECK_FALSE(m.focus[0].flagged);

    LedgerBuilder b2 = LedgerBuilder();
    b2.member("ann").member("dan").member("eve");
    for (int i = 1; i <= 6; ++i) {
        const std::string id = "dan-2026110" + std::to_string(i) + "-dddd";
        b2.work(id, "dan", "2026-11-0" + std::to_string(i), 30).review("ann", id, "2026-11-09", 4);
    }
    for (int i = 1; i <= 2; ++i) {
        const std::string id = "eve-2026110" + std::to_string(i) + "-eeee";
        b2.work(id, "eve", "2026-11-0" + std::to_string(i), 30).review("ann", id, "2026-11-09", 4);
    }
    const Ledger eight = b2.build();
    m = compute_monitor(eight, period("2026-11"), no_git);
    REQUIRE(m.focus.size() == 1);
    CHECK(m.focus[0].reviews == 8);
    CHECK(m.focus[0].hhi == r(5, 8)); // (36 + 4) / 64
    CHECK(m.focus[0].targets[0].contributor == "dan");
    CHECK(m.focus[0].flagged);
}

TEST_CASE("hours: more than k x MAD above the kind's median, and days over the limit",
          "[monitor]") {
    LedgerBuilder b;
    b.member("ann").member("ben");
    b.work("ann-20261102-aaaa", "ann", "2026-11-02", 60);
    b.work("ann-20261103-aaaa", "ann", "2026-11-03", 60);
    b.work("ann-20261104-aaaa", "ann", "2026-11-04", 1200);
    b.work("ben-20261102-bbbb", "ben", "2026-11-02", 60);
    b.work("ben-20261103-bbbb", "ben", "2026-11-03", 60);
    // design: 30, 60, 90, 120, 600: median 90, |x - 90| = 60, 30, 0, 30, 510 -> MAD 30,
    // limit 90 + 5 x 30 = 240: only the 600 is past it
    b.work("ben-20261110-bbbb", "ben", "2026-11-10", 30, "design");
    b.work("ben-20261111-bbbb", "ben", "2026-11-11", 60, "design");
    b.work("ben-20261112-bbbb", "ben", "2026-11-12", 90, "design");
    b.work("ben-20261113-bbbb", "ben", "2026-11-13", 120, "design");
    b.work("ben-20261114-bbbb", "ben", "2026-11-14", 600, "design");
    b.work("ben-20261114-cccc", "ben", "2026-11-14", 400, "code");
    const Ledger ledger = b.build();
    const MonitorReport m = compute_monitor(ledger, period("2026-11"), no_git);
    REQUIRE(m.hours.kinds.size() == 2);
    const KindSpread& code = m.hours.kinds[0];
    CHECK(code.kind == "code");
    // 60, 60, 60, 60, 400, 1200: median 60, MAD 0, limit 60
    CHECK(code.median == r(60, 1));
    CHECK(code.mad == r(0, 1));
    REQUIRE(code.long_ones.size() == 2);
    CHECK(ledger.name(code.long_ones[0]->id) == "ann-20261104-aaaa");
    const KindSpread& design = m.hours.kinds[1];
    CHECK(design.median == r(90, 1));
    CHECK(design.mad == r(30, 1));
    CHECK(design.limit == r(240, 1));
    REQUIRE(design.long_ones.size() == 1);
    CHECK(design.long_ones[0]->minutes == 600);
    // 1200 minutes on one day is over 16h; ben's 600 + 400 = 1000 is too
    REQUIRE(m.hours.long_days.size() == 2);
    CHECK(m.hours.long_days[0].member == "ann");
    CHECK(m.hours.long_days[0].minutes == 1200);
    CHECK(m.hours.long_days[1].member == "ben");
    CHECK(m.hours.long_days[1].minutes == 1000);
    CHECK(m.hours.long_days[1].contributions.size() == 2);
}

TEST_CASE("backdating compares the adding commit's day with the date and the period's end",
          "[monitor]") {
    LedgerBuilder b;
    b.member("ann").member("ben");
    b.work("ann-20261103-aaaa", "ann", "2026-11-03", 60);
    b.work("ann-20261110-aaaa", "ann", "2026-11-10", 60);
    b.work("ann-20261130-aaaa", "ann", "2026-11-30", 60);
    b.work("ann-20261120-aaaa", "ann", "2026-11-20", 60);
    b.review("ben", "ann-20261103-aaaa", "2026-11-04", 4);
    b.income("rev-20261105-acme", "2026-11-05", "100.00");
    const Ledger ledger = b.build();
    audit::EntryCommits git{true, "", {}};
    git.added["ann-20261103-aaaa"] = commit_at("2026-12-10"); // 37 days, after the end
    git.added["ann-20261110-aaaa"] = commit_at("2026-11-20"); // in time
    git.added["ann-20261130-aaaa"] = commit_at("2026-11-30", "", 23 * 3600 + 1800, 60);
    git.added["review:ann-20261103-aaaa:ben"] = commit_at("2026-12-20"); // 46 days
    git.added["rev-20261105-acme"] = commit_at("2026-11-05", "treasurer@example.org");
    // ann-20261120-aaaa is in no commit yet
    const MonitorReport m = compute_monitor(ledger, period("2026-11"), git);
    REQUIRE(m.backdating.checked);
    CHECK(m.backdating.entries == 6);
    CHECK(m.backdating.uncommitted == 1);
    REQUIRE(m.backdating.late.size() == 3);
    const LateEntry& first = m.backdating.late[0];
    CHECK(first.key == "ann-20261103-aaaa");
    CHECK(first.days_after == 37);
    CHECK(first.too_late);
    CHECK(first.after_end);
    CHECK(first.period_end == day("2026-11-30"));
    // a review is expected after the period's end: only its delay counts
    const LateEntry& review = m.backdating.late[1];
    CHECK(review.key == "review:ann-20261103-aaaa:ben");
    CHECK(review.days_after == 46);
    CHECK(review.too_late);
    CHECK_FALSE(review.after_end);
    // 23:30 UTC on the 30th is 00:30 on 1 December in UTC+1: after the end
    const LateEntry& late_night = m.backdating.late[2];
    CHECK(late_night.key == "ann-20261130-aaaa");
    CHECK(late_night.days_after == 1);
    CHECK_FALSE(late_night.too_late);
    CHECK(late_night.after_end);

    const MonitorReport skipped = compute_monitor(ledger, period("2026-11"), no_git);
    CHECK_FALSE(skipped.backdating.checked);
    CHECK(skipped.backdating.skipped == "the ledger is not in a git repository");
}

TEST_CASE("self-dealing: a connector who booked the income or holds the pool's points",
          "[monitor]") {
    LedgerBuilder b;
    b.member("ann").member("ben").member("dee");
    // website: ann 400 minutes, ben 100 (unreviewed, the same factor): ann holds 80%
    b.work("ann-20261102-aaaa", "ann", "2026-11-02", 400, "code", "website");
    b.work("ben-20261102-bbbb", "ben", "2026-11-02", 100, "code", "website");
    b.work("dee-20261102-dddd", "dee", "2026-11-02", 500, "code", "mobile");
    b.income("rev-20261105-acme", "2026-11-05", "1000.00", "website", "ann");
    b.income("rev-20261106-bolt", "2026-11-06", "500.00", "mobile", "dee");
    b.income("rev-20261107-crab", "2026-11-07", "200.00", "mobile", "ben");
    // a project without work in the period goes to the general pool
    b.income("rev-20261108-dune", "2026-11-08", "300.00", "hosting", "ben");
    Ledger ledger = b.build();
    for (Member& m : ledger.members)
        if (m.handle == "dee") m.emails = {"dee@example.org"};
    audit::EntryCommits git{true, "", {}};
    git.added["rev-20261106-bolt"] = commit_at("2026-11-06", "dee@example.org");
    git.added["rev-20261107-crab"] = commit_at("2026-11-07", "dee@example.org");
    const MonitorReport m = compute_monitor(ledger, period("2026-11"), git);
    REQUIRE(m.self_dealing.size() == 4);
    const ConnectedIncome& acme = m.self_dealing[0];
    CHECK(acme.pool == "website");
    CHECK(*acme.share == r(4, 5));
    CHECK(acme.holds_pool);
    CHECK_FALSE(acme.self_booked);
    CHECK(acme.booked_from == BookedFrom::unknown);
    const ConnectedIncome& bolt = m.self_dealing[1];
    CHECK(bolt.booked_by == "dee");
    CHECK(bolt.booked_from == BookedFrom::commit);
    CHECK(bolt.self_booked);
    CHECK(bolt.holds_pool); // dee holds all of mobile's points
    const ConnectedIncome& crab = m.self_dealing[2];
    CHECK_FALSE(crab.self_booked); // dee booked it, ben is the connector
    CHECK(*crab.share == r(0, 1));
    const ConnectedIncome& dune = m.self_dealing[3];
    CHECK(dune.pool == "general");
    CHECK(*dune.share == r(1, 10)); // ben's 100 of 1000 minutes
    CHECK_FALSE(dune.holds_pool);
}

TEST_CASE("concentration of earned amounts and points, flagged by monitor.gini", "[monitor]") {
    LedgerBuilder b;
    b.member("ann").member("ben");
    b.work("ann-20261102-aaaa", "ann", "2026-11-02", 300);
    b.work("ben-20261102-bbbb", "ben", "2026-11-02", 100);
    b.income("rev-20261105-acme", "2026-11-05", "400.00");
    Ledger ledger = b.build();
    // 400.00 less a 10% reserve: 360.00 shared 3:1, 270.00 and 90.00
    MonitorReport m = compute_monitor(ledger, period("2026-11"), no_git);
    REQUIRE(m.earned.holders.size() == 2);
    CHECK(m.earned.holders[0].member == "ann");
    CHECK(m.earned.holders[0].amount == 27'000);
    // ascending 9000, 27000: G = 2 (9000 + 54000) / (2 x 36000) - 3/2 = 1/4
    CHECK(*m.earned.stats.gini == r(1, 4));
    CHECK(*m.points.stats.gini == r(1, 4));
    CHECK(m.earned.stats.nakamoto == 1);
    CHECK_FALSE(m.earned.flagged);
    ledger.policy.monitor.gini = 2'500;
    m = compute_monitor(ledger, period("2026-11"), no_git);
    CHECK(m.earned.flagged);
    CHECK(m.points.flagged);
    CHECK(m.flag_count() == 2);
}
