#include "write/when.hpp"

#include <ctime>

#include <fmt/format.h>

#include "model/error.hpp"

namespace coop {

Date local_today() {
    const std::time_t now = std::time(nullptr);
    std::tm local{};
    ::localtime_r(&now, &local);
    return make_date(local.tm_year + 1900, local.tm_mon + 1, local.tm_mday);
}

std::optional<Date> parse_date_arg(std::string_view text, Date today) {
    if (text == "today") return today;
    if (text == "yesterday") return civil_from_days(days_from_civil(today) - 1);
    return parse_date(text);
}

Date date_option(std::string_view text, Date today) {
    if (text.empty()) return today;
    if (auto d = parse_date_arg(text, today)) return *d;
    throw Error(ErrorKind::usage,
                fmt::format("'{}' is not a date; write YYYY-MM-DD, today or yesterday", text));
}

void refuse_future(Date d, Date today, std::string_view what) {
    if (d <= today) return;
    throw Error(ErrorKind::usage,
                fmt::format("{} is dated {}, after today; record it on or after the day it "
                            "happened",
                            what, format_date(d)));
}

} // namespace coop
