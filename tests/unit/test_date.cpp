// Calendar dates, day numbers and payout periods.
#include <catch2/catch.hpp>

#include <cstdint>
#include <string>
#include <string_view>

#include <fmt/format.h>

#include "model/date.hpp"

using namespace coop;

namespace {

// The date as its yyyymmdd number, or "invalid".
std::string date(std::string_view text) {
    const auto d = parse_date(text);
    return d ? std::to_string(d->ymd) : "invalid";
}

std::string period(std::string_view text) {
    const auto p = parse_period(text);
    if (!p) return "invalid";
    return fmt::format("{} {} {}", p->cadence == Cadence::monthly ? "month" : "quarter", p->year,
                       p->index);
}

Date day(std::string_view text) {
    const auto d = parse_date(text);
    REQUIRE(d);
    return *d;
}

Period of(std::string_view text) {
    const auto p = parse_period(text);
    REQUIRE(p);
    return *p;
}

std::string first(std::string_view p) {
    return format_date(of(p).first_day());
}

std::string last(std::string_view p) {
    return format_date(of(p).last_day());
}

bool is_leap(int y) {
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

int month_length(int y, int m) {
    if (m == 2) return is_leap(y) ? 29 : 28;
    return m == 4 || m == 6 || m == 9 || m == 11 ? 30 : 31;
}

} // namespace

TEST_CASE("parse date reads YYYY-MM-DD", "[date]") {
    CHECK(date("2026-11-03") == "20261103");
    CHECK(date("2026-01-01") == "20260101");
    CHECK(date("2026-12-31") == "20261231");
    CHECK(date("0001-01-01") == "10101");
    CHECK(date("9999-12-31") == "99991231");
    const Date d = day("2026-11-03");
    CHECK(d.year() == 2026);
    CHECK(d.month() == 11);
    CHECK(d.day() == 3);
}

TEST_CASE("parse date knows leap years", "[date]") {
    CHECK(date("2024-02-29") == "20240229");
    CHECK(date("2026-02-29") == "invalid");
    CHECK(date("2026-02-28") == "20260228");
    CHECK(date("1900-02-29") == "invalid");
    CHECK(date("2000-02-29") == "20000229");
    CHECK(date("2100-02-29") == "invalid");
    CHECK(date("2024-02-30") == "invalid");
}

TEST_CASE("parse date refuses months and days that do not exist", "[date]") {
    CHECK(date("2026-00-10") == "invalid");
    CHECK(date("2026-13-01") == "invalid");
    CHECK(date("2026-99-01") == "invalid");
    CHECK(date("2026-01-00") == "invalid");
    CHECK(date("2026-01-32") == "invalid");
    CHECK(date("2026-04-31") == "invalid");
    CHECK(date("2026-04-30") == "20260430");
    CHECK(date("2026-06-31") == "invalid");
    CHECK(date("2026-09-31") == "invalid");
    CHECK(date("2026-11-31") == "invalid");
    CHECK(date("0000-01-01") == "invalid");
}

TEST_CASE("parse date refuses other widths and separators", "[date]") {
    for (std::string_view text :
         {"", "2026-1-03", "2026-11-3", "26-11-03", "02026-11-03", "2026-011-03", "2026-11-03 ",
          " 2026-11-03", "2026/11/03", "2026.11.03", "20261103", "2026-11-0a", "+026-11-03",
          "-026-11-03", "2026-+1-03", "2026-11-03T10:00", "2026-11", "2026-Nov-03"}) {
        INFO("text: '" << text << "'");
        CHECK(date(text) == "invalid");
    }
}

TEST_CASE("format date writes padded dates", "[date]") {
    CHECK(format_date(make_date(2026, 1, 5)) == "2026-01-05");
    CHECK(format_date(make_date(1, 1, 1)) == "0001-01-01");
    CHECK(format_date_compact(make_date(2026, 1, 5)) == "20260105");
    CHECK(format_date_compact(make_date(1, 1, 1)) == "00010101");
    CHECK(days_in_month(2024, 2) == 29);
    CHECK(days_in_month(2026, 2) == 28);
    CHECK(days_in_month(2026, 12) == 31);
    CHECK(days_in_month(2026, 11) == 30);
}

TEST_CASE("days from civil counts from 1970-01-01", "[date]") {
    CHECK(days_from_civil(day("1970-01-01")) == 0);
    CHECK(days_from_civil(day("1970-01-02")) == 1);
    CHECK(days_from_civil(day("1969-12-31")) == -1);
    CHECK(days_from_civil(day("2000-01-01")) == 10957);
    CHECK(days_from_civil(day("2000-03-01")) == 11017);
    CHECK(days_from_civil(day("2026-11-03")) == 20760);
    CHECK(days_from_civil(day("0001-01-01")) == -719162);
    CHECK(days_from_civil(day("9999-12-31")) == 2932896);
    CHECK(format_date(civil_from_days(0)) == "1970-01-01");
    CHECK(format_date(civil_from_days(-1)) == "1969-12-31");
    CHECK(format_date(civil_from_days(20760)) == "2026-11-03");
    CHECK(format_date(civil_from_days(11016)) == "2000-02-29");
}

TEST_CASE("days from civil and civil from days agree on every day of years 1 to 9999", "[date]") {
    // Walk the calendar one day at a time with an independent month table.
    int y = 1, m = 1, d = 1;
    std::int64_t n = -719162;
    int failures = 0;
    while (y <= 9999) {
        const Date cur = make_date(y, m, d);
        if (days_from_civil(cur) != n || civil_from_days(n) != cur) {
            if (++failures < 10) UNSCOPED_INFO("day " << n << " " << format_date(cur));
        }
        ++n;
        if (++d > month_length(y, m)) {
            d = 1;
            if (++m > 12) {
                m = 1;
                ++y;
            }
        }
    }
    CHECK(failures == 0);
    CHECK(n == 2932897);
}

TEST_CASE("parse period reads months and quarters", "[date]") {
    CHECK(period("2026-11") == "month 2026 11");
    CHECK(period("2026-01") == "month 2026 1");
    CHECK(period("2026-12") == "month 2026 12");
    CHECK(period("2026-Q4") == "quarter 2026 4");
    CHECK(period("2026-Q1") == "quarter 2026 1");
}

TEST_CASE("parse period refuses what is not a month or a quarter", "[date]") {
    for (std::string_view text :
         {"",         "2026-Q5",  "2026-Q0",  "2026-13", "2026-00",    "26-11",   "2026-1",
          "2026-011", "2026-q4",  "2026/11",  "0000-11", "2026-11-03", "2026-Q",  "2026-Q04",
          "2026-1a",  "2026-Q4 ", " 2026-11", "2026",    "2026-H1",    "2026-W45"}) {
        INFO("text: '" << text << "'");
        CHECK(period(text) == "invalid");
    }
}

TEST_CASE("format period writes what parse period reads", "[date]") {
    CHECK(format_period(Period{Cadence::monthly, 2026, 11}) == "2026-11");
    CHECK(format_period(Period{Cadence::monthly, 2026, 1}) == "2026-01");
    CHECK(format_period(Period{Cadence::quarterly, 2026, 4}) == "2026-Q4");
    for (int month = 1; month <= 12; ++month) {
        const Period p{Cadence::monthly, 2026, month};
        CHECK(parse_period(format_period(p)) == p);
    }
    for (int quarter = 1; quarter <= 4; ++quarter) {
        const Period p{Cadence::quarterly, 2026, quarter};
        CHECK(parse_period(format_period(p)) == p);
    }
}

TEST_CASE("a month runs from its first to its last day", "[date]") {
    CHECK(first("2026-11") == "2026-11-01");
    CHECK(last("2026-11") == "2026-11-30");
    CHECK(last("2026-12") == "2026-12-31");
    CHECK(last("2026-02") == "2026-02-28");
    CHECK(last("2024-02") == "2024-02-29");
    CHECK(last("2000-02") == "2000-02-29");
    CHECK(last("1900-02") == "1900-02-28");

    const Period nov = of("2026-11");
    CHECK(nov.contains(day("2026-11-01")));
    CHECK(nov.contains(day("2026-11-15")));
    CHECK(nov.contains(day("2026-11-30")));
    CHECK_FALSE(nov.contains(day("2026-10-31")));
    CHECK_FALSE(nov.contains(day("2026-12-01")));
    CHECK_FALSE(nov.contains(day("2025-11-15")));
    CHECK(of("2024-02").contains(day("2024-02-29")));
    CHECK_FALSE(of("2024-02").contains(day("2024-03-01")));
}

TEST_CASE("a quarter runs over three months", "[date]") {
    CHECK(first("2026-Q1") == "2026-01-01");
    CHECK(last("2026-Q1") == "2026-03-31");
    CHECK(first("2026-Q2") == "2026-04-01");
    CHECK(last("2026-Q2") == "2026-06-30");
    CHECK(first("2026-Q3") == "2026-07-01");
    CHECK(last("2026-Q3") == "2026-09-30");
    CHECK(first("2026-Q4") == "2026-10-01");
    CHECK(last("2026-Q4") == "2026-12-31");

    const Period q1 = of("2024-Q1");
    CHECK(q1.contains(day("2024-01-01")));
    CHECK(q1.contains(day("2024-02-29")));
    CHECK(q1.contains(day("2024-03-31")));
    CHECK_FALSE(q1.contains(day("2023-12-31")));
    CHECK_FALSE(q1.contains(day("2024-04-01")));
    CHECK_FALSE(of("2026-Q4").contains(day("2026-09-30")));
}

TEST_CASE("period of finds the month or quarter of a day", "[date]") {
    CHECK(format_period(period_of(day("2026-11-03"), Cadence::monthly)) == "2026-11");
    CHECK(format_period(period_of(day("2026-11-03"), Cadence::quarterly)) == "2026-Q4");
    CHECK(format_period(period_of(day("2026-01-01"), Cadence::quarterly)) == "2026-Q1");
    CHECK(format_period(period_of(day("2026-03-31"), Cadence::quarterly)) == "2026-Q1");
    CHECK(format_period(period_of(day("2026-04-01"), Cadence::quarterly)) == "2026-Q2");
    CHECK(format_period(period_of(day("2026-06-30"), Cadence::quarterly)) == "2026-Q2");
    CHECK(format_period(period_of(day("2026-07-01"), Cadence::quarterly)) == "2026-Q3");
    CHECK(format_period(period_of(day("2026-12-31"), Cadence::quarterly)) == "2026-Q4");
    CHECK(format_period(period_of(day("2024-02-29"), Cadence::monthly)) == "2024-02");
}

TEST_CASE("every day lies in its own period and in no neighbouring one", "[date]") {
    int failures = 0;
    for (std::int64_t n = days_from_civil(day("2023-12-01"));
         n <= days_from_civil(day("2027-01-31")); ++n) {
        const Date d = civil_from_days(n);
        for (Cadence c : {Cadence::monthly, Cadence::quarterly}) {
            const Period p = period_of(d, c);
            const Date before = civil_from_days(days_from_civil(p.first_day()) - 1);
            const Date after = civil_from_days(days_from_civil(p.last_day()) + 1);
            const bool ok = p.contains(d) && !p.contains(before) && !p.contains(after) &&
                            period_of(p.first_day(), c) == p && period_of(p.last_day(), c) == p;
            if (!ok) {
                ++failures;
                UNSCOPED_INFO(format_date(d));
            }
        }
    }
    CHECK(failures == 0);
}
