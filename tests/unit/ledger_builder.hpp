#pragma once
// Builds Ledger objects in code for the unit tests, without the YAML reader.
// Text goes into the ledger's own string pool, so it lives as long as the ledger.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>

#include "model/ledger.hpp"
#include "model/money.hpp"
#include "util/fixed_point.hpp"

namespace Catch {
// Points and quotas are 128-bit: show them as numbers when an assertion fails.
template <> struct StringMaker<coop::int128> {
    static std::string convert(coop::int128 v) { return coop::format_fixed(v, 0); }
};
} // namespace Catch

namespace coop::test {

inline Date day(std::string_view text) {
    const auto d = parse_date(text);
    if (!d) throw std::invalid_argument("bad test date " + std::string(text));
    return *d;
}

inline Period period(std::string_view text) {
    const auto p = parse_period(text);
    if (!p) throw std::invalid_argument("bad test period " + std::string(text));
    return *p;
}

// n points, in the fixed-point scale of the payout (times 10^points_places).
inline int128 points(std::int64_t n) {
    return int128{n} * pow10(points_places);
}

class LedgerBuilder {
  public:
    // The policy of SPEC's example coop.yaml: EUR, median of scores 0-5 with
    // neutral 3, min-reviews 2, unreviewed-factor 0.5, reserve 10%, connector 5%.
    LedgerBuilder() {
        ledger_.pools.emplace_back();
        Policy& p = ledger_.policy;
        p.name = "Test Co-op";
        p.kinds = {{"code", 10'000}, {"design", 10'000}, {"support", 8'000}, {"sales", 12'000}};
        p.review.trim = 100'000;
        p.distribution.reserve = 100'000;
        p.distribution.connector_share = 50'000;
    }

    Policy& policy() { return ledger_.policy; }

    // `left` empty: still a member.
    LedgerBuilder& member(std::string_view handle, std::string_view joined = "2020-01-01",
                          std::string_view left = "") {
        Member& m = ledger_.members.emplace_back();
        m.handle = text(handle);
        m.joined = day(joined);
        if (!left.empty()) m.left = day(left);
        return *this;
    }

    LedgerBuilder& work(std::string_view id, std::string_view member, std::string_view date,
                        std::int32_t minutes, std::string_view kind = "code",
                        std::string_view project = "") {
        Contribution& c = ledger_.contributions.emplace_back();
        c.id = ledger_.names.add(id);
        c.member = ledger_.names.intern(member);
        c.date = day(date);
        c.minutes = minutes;
        c.kind = ledger_.names.intern(kind);
        c.project = ledger_.names.intern(project);
        return *this;
    }

    LedgerBuilder& review(std::string_view reviewer, std::string_view contribution,
                          std::string_view date, int score) {
        Review& r = ledger_.reviews.emplace_back();
        r.reviewer = ledger_.names.intern(reviewer);
        r.contribution = ledger_.names.intern(contribution); // resolved by build()
        r.date = day(date);
        r.score = score;
        return *this;
    }

    // Amounts as the ledger writes them ("1200.00"), in the policy's currency digits.
    LedgerBuilder& income(std::string_view id, std::string_view date, std::string_view amount,
                          std::string_view project = "", std::string_view connector = "") {
        RevenueEntry& e = revenue(id, date, amount, project);
        e.type = RevenueType::income;
        e.connector = text(connector);
        return *this;
    }

    LedgerBuilder& expense(std::string_view id, std::string_view date, std::string_view amount,
                           std::string_view project = "") {
        revenue(id, date, amount, project).type = RevenueType::expense;
        return *this;
    }

    // Minor units, for generated ledgers.
    LedgerBuilder& revenue_minor(std::string_view id, std::string_view date, RevenueType type,
                                 std::int64_t minor, std::string_view project = "",
                                 std::string_view connector = "") {
        RevenueEntry& e = ledger_.revenue.emplace_back();
        e.id = text(id);
        e.date = day(date);
        e.type = type;
        e.amount = Money{minor};
        e.project = text(project);
        e.connector = text(connector);
        e.pos.line = line_++;
        return *this;
    }

    // Reviews name their contributions as the reader leaves them: the target
    // and its id's symbol when found.
    Ledger build() {
        for (Review& r : ledger_.reviews) {
            r.target = ledger_.find_contribution(ledger_.name(r.contribution));
            if (r.target != no_entry) r.contribution = ledger_.contributions[r.target].id;
        }
        std::sort(ledger_.members.begin(), ledger_.members.end(),
                  [](const Member& a, const Member& b) { return a.handle < b.handle; });
        return std::move(ledger_);
    }

  private:
    std::string_view text(std::string_view s) { return ledger_.pools.front().intern(s); }

    RevenueEntry& revenue(std::string_view id, std::string_view date, std::string_view amount,
                          std::string_view project) {
        const AmountParse a = parse_amount(amount, ledger_.policy.minor_digits);
        if (a.error != AmountError::none)
            throw std::invalid_argument("bad test amount " + std::string(amount));
        revenue_minor(id, date, RevenueType::income, a.money.minor, project);
        return ledger_.revenue.back();
    }

    Ledger ledger_;
    std::uint32_t line_ = 1;
};

} // namespace coop::test
