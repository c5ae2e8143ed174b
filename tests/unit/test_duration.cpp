// Durations as the ledger spells them: 5m, 90m, 1h, 1.5h, 2h30m.
#include <catch2/catch.hpp>

#include <cstdint>
#include <string>
#include <string_view>
#include <variant>

#include "model/duration.hpp"

using namespace coop;

namespace {

// Whole minutes as text, or why the text is not a duration.
std::string duration(std::string_view text) {
    const auto d = parse_duration(text);
    if (const auto* minutes = std::get_if<std::int32_t>(&d)) return std::to_string(*minutes);
    switch (std::get<DurationError>(d)) {
    case DurationError::empty:
        return "empty";
    case DurationError::bare_number:
        return "bare number";
    case DurationError::malformed:
        return "malformed";
    case DurationError::not_whole_minute:
        return "not whole minute";
    }
    return "unknown error";
}

} // namespace

TEST_CASE("parse duration reads minutes hours and both", "[duration]") {
    CHECK(duration("5m") == "5");
    CHECK(duration("90m") == "90");
    CHECK(duration("1h") == "60");
    CHECK(duration("1.5h") == "90");
    CHECK(duration("2h30m") == "150");
    CHECK(duration("0.25h") == "15");
    CHECK(duration("0.1h") == "6");
    CHECK(duration("0.05h") == "3");
    CHECK(duration("24h") == "1440");
    CHECK(duration("1h0m") == "60");
    CHECK(duration("0m") == "0");
    CHECK(duration("0h") == "0");
    CHECK(duration("1.000000h") == "60");
    CHECK(duration("1h30") == "90"); // as people write it
    CHECK(duration("0h5") == "5");
    CHECK(duration("2h05") == "125");
    CHECK(duration("10h59") == "659");
}

TEST_CASE("parse duration reads minutes after whole hours only, and below 60", "[duration]") {
    for (std::string_view text : {"1h60", "1h90", "1h300", "1.5h30", "h30", "1h3m0"}) {
        INFO("text: '" << text << "'");
        CHECK(duration(text) == "malformed");
    }
}

TEST_CASE("parse duration refuses hours that are not whole minutes", "[duration]") {
    CHECK(duration("1.01h") == "not whole minute");
    CHECK(duration("0.001h") == "not whole minute");
    CHECK(duration("1.333333h") == "not whole minute");
}

TEST_CASE("parse duration calls a number without a unit a bare number", "[duration]") {
    CHECK(duration("2") == "bare number");
    CHECK(duration("1.5") == "bare number");
    CHECK(duration("90") == "bare number");
    CHECK(duration("0") == "bare number");
}

TEST_CASE("parse duration calls dots and digits that are no number malformed", "[duration]") {
    // "bare number" makes the reader say "write .h (or .m)": these are not numbers.
    CHECK(duration(".") == "malformed");
    CHECK(duration("1.2.3") == "malformed");
    CHECK(duration("..") == "malformed");
}

TEST_CASE("parse duration refuses empty and malformed text", "[duration]") {
    CHECK(duration("") == "empty");
    for (std::string_view text :
         {"h",   "m",      "hm",   "2x",     "1h1h", "30m1h", " 2h", "2h ",
          "2H",  "2M",     "1h3x", "h30m",   "1.5m", "-5m",   "+1h", ".5h",
          "1hm", "1h30mh", "2 h",  "2h 30m", "1,5h", "1e2m",  "mm",  "5mm"}) {
        INFO("text: '" << text << "'");
        CHECK(duration(text) == "malformed");
    }
}

TEST_CASE("parse duration stays far from overflow", "[duration]") {
    CHECK(duration("1000000m") == "1000000");
    CHECK(duration("1000001m") == "malformed");
    CHECK(duration("16666h") == "999960");
    CHECK(duration("16666h40m") == "1000000");
    CHECK(duration("16666h41m") == "malformed");
    CHECK(duration("16667h") == "malformed");
    CHECK(duration("99999999999999999999m") == "malformed");
    CHECK(duration("99999999999999999999h") == "malformed");
}

TEST_CASE("format duration writes the canonical spelling", "[duration]") {
    CHECK(format_duration(0) == "0m");
    CHECK(format_duration(5) == "5m");
    CHECK(format_duration(45) == "45m");
    CHECK(format_duration(59) == "59m");
    CHECK(format_duration(60) == "1h");
    CHECK(format_duration(61) == "1h1m");
    CHECK(format_duration(90) == "1h30m");
    CHECK(format_duration(150) == "2h30m");
    CHECK(format_duration(1439) == "23h59m");
    CHECK(format_duration(1440) == "24h");
    CHECK(format_duration(1000000) == "16666h40m");
}

TEST_CASE("format duration and parse duration round trip", "[duration]") {
    int failures = 0;
    for (std::int32_t minutes = 0; minutes <= 3000; ++minutes) {
        const std::string text = format_duration(minutes);
        if (duration(text) != std::to_string(minutes)) {
            ++failures;
            UNSCOPED_INFO(minutes << " -> " << text << " -> " << duration(text));
        }
    }
    CHECK(failures == 0);
}
