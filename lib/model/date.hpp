#pragma once
// Calendar dates and payout periods (a month "2026-11" or a quarter "2026-Q4").
#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace coop {

struct Date {
    std::int32_t ymd = 0; // 20261103: ordered like the calendar, cheap to compare

    int year() const { return ymd / 10000; }
    int month() const { return ymd / 100 % 100; }
    int day() const { return ymd % 100; }
    auto operator<=>(const Date&) const = default;
};

// "2026-11-03" only; the day must exist in that month.
std::optional<Date> parse_date(std::string_view text);
std::string format_date(Date d);         // 2026-11-03
std::string format_date_compact(Date d); // 20261103
Date make_date(int year, int month, int day);
int days_in_month(int year, int month);
// Days since 1970-01-01 and back, for "yesterday" and date arithmetic.
std::int64_t days_from_civil(Date d);
Date civil_from_days(std::int64_t days);

enum class Cadence { monthly, quarterly };

struct Period {
    Cadence cadence = Cadence::monthly;
    int year = 0;
    int index = 0; // month 1-12, or quarter 1-4

    Date first_day() const;
    Date last_day() const;
    bool contains(Date d) const { return first_day() <= d && d <= last_day(); }
    auto operator<=>(const Period&) const = default;
};

// "2026-11" or "2026-Q4".
std::optional<Period> parse_period(std::string_view text);
std::string format_period(const Period& p);
Period period_of(Date d, Cadence cadence);

} // namespace coop
