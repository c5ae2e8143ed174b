#include "model/date.hpp"

#include <fmt/format.h>

namespace coop {

namespace {

bool digits(std::string_view s) {
    for (char c : s)
        if (c < '0' || c > '9') return false;
    return !s.empty();
}

int number(std::string_view s) {
    int v = 0;
    for (char c : s)
        v = v * 10 + (c - '0');
    return v;
}

bool leap(int y) {
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

} // namespace

int days_in_month(int year, int month) {
    static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return month == 2 && leap(year) ? 29 : days[month - 1];
}

Date make_date(int year, int month, int day) {
    return Date{year * 10000 + month * 100 + day};
}

std::optional<Date> parse_date(std::string_view t) {
    if (t.size() != 10 || t[4] != '-' || t[7] != '-') return std::nullopt;
    const auto y = t.substr(0, 4), m = t.substr(5, 2), d = t.substr(8, 2);
    if (!digits(y) || !digits(m) || !digits(d)) return std::nullopt;
    const int year = number(y), month = number(m), day = number(d);
    if (year < 1 || month < 1 || month > 12 || day < 1 || day > days_in_month(year, month))
        return std::nullopt;
    return make_date(year, month, day);
}

std::string format_date(Date d) {
    return fmt::format("{:04}-{:02}-{:02}", d.year(), d.month(), d.day());
}

std::string format_date_compact(Date d) {
    return fmt::format("{:08}", d.ymd);
}

// Howard Hinnant's civil-date algorithms.
std::int64_t days_from_civil(Date date) {
    std::int64_t y = date.year();
    const unsigned m = static_cast<unsigned>(date.month());
    const unsigned d = static_cast<unsigned>(date.day());
    y -= m <= 2;
    const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
    const auto yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<std::int64_t>(doe) - 719468;
}

Date civil_from_days(std::int64_t z) {
    z += 719468;
    const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const auto doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const std::int64_t y = static_cast<std::int64_t>(yoe) + era * 400;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    const unsigned d = doy - (153 * mp + 2) / 5 + 1;
    const unsigned m = mp < 10 ? mp + 3 : mp - 9;
    return make_date(static_cast<int>(y + (m <= 2)), static_cast<int>(m), static_cast<int>(d));
}

Date Period::first_day() const {
    const int month = cadence == Cadence::monthly ? index : (index - 1) * 3 + 1;
    return make_date(year, month, 1);
}

Date Period::last_day() const {
    const int month = cadence == Cadence::monthly ? index : index * 3;
    return make_date(year, month, days_in_month(year, month));
}

std::optional<Period> parse_period(std::string_view t) {
    if (t.size() != 7 || t[4] != '-' || !digits(t.substr(0, 4))) return std::nullopt;
    const int year = number(t.substr(0, 4));
    if (year < 1) return std::nullopt;
    if (t[5] == 'Q') {
        if (t[6] < '1' || t[6] > '4') return std::nullopt;
        return Period{Cadence::quarterly, year, t[6] - '0'};
    }
    if (!digits(t.substr(5, 2))) return std::nullopt;
    const int month = number(t.substr(5, 2));
    if (month < 1 || month > 12) return std::nullopt;
    return Period{Cadence::monthly, year, month};
}

std::string format_period(const Period& p) {
    return p.cadence == Cadence::monthly ? fmt::format("{:04}-{:02}", p.year, p.index)
                                         : fmt::format("{:04}-Q{}", p.year, p.index);
}

Period period_of(Date d, Cadence cadence) {
    return cadence == Cadence::monthly ? Period{cadence, d.year(), d.month()}
                                       : Period{cadence, d.year(), (d.month() - 1) / 3 + 1};
}

} // namespace coop
