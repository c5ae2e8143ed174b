// coop.yaml `monitor:`: what each threshold reads as, and the defaults of SPEC 7.
#include <catch2/catch.hpp>

#include <string>

#include "model/diagnostic.hpp"
#include "model/policy.hpp"
#include "read/file_readers.hpp"
#include "read/yaml_cursor.hpp"

using namespace coop;

namespace {

MonitorPolicy read_monitor(const std::string& yaml, std::size_t* errors = nullptr) {
    Diagnostics diags;
    YamlCursor c(yaml, "coop.yaml", diags);
    MonitorPolicy m;
    if (c.begin_document()) {
        read_monitor_policy(c, m);
        c.end_document();
    }
    if (errors) *errors = diags.error_count();
    return m;
}

} // namespace

TEST_CASE("monitor thresholds default to SPEC 7's", "[monitor]") {
    const MonitorPolicy m = read_monitor("{}\n");
    CHECK(m.reciprocity_reviews == 3);
    CHECK(m.reciprocity_margin == 10'000);
    CHECK(m.bias_difference == 10'000);
    CHECK(m.bias_reviews == 8);
    CHECK(m.focus_hhi == 5'000);
    CHECK(m.focus_reviews == 8);
    CHECK(m.hours_mads == 50'000);
    CHECK(m.backdating_days == 30);
    CHECK(m.self_dealing_share == 800'000);
    CHECK_FALSE(m.gini);
    std::size_t errors = 1;
    read_monitor("# every key commented out\n~\n", &errors);
    CHECK(errors == 0);
}

TEST_CASE("monitor thresholds read exactly", "[monitor]") {
    std::size_t errors = 1;
    const MonitorPolicy m = read_monitor("reciprocity: {reviews: 4, margin: 1.5}\n"
                                         "bias: {difference: 0.75, reviews: 10}\n"
                                         "focus: {hhi: 0.6, reviews: 12}\n"
                                         "hours: 4.25\n"
                                         "backdating: 45d\n"
                                         "self-dealing: 75%\n"
                                         "gini: 0.55\n",
                                         &errors);
    CHECK(errors == 0);
    CHECK(m.reciprocity_reviews == 4);
    CHECK(m.reciprocity_margin == 15'000);
    CHECK(m.bias_difference == 7'500);
    CHECK(m.bias_reviews == 10);
    CHECK(m.focus_hhi == 6'000);
    CHECK(m.focus_reviews == 12);
    CHECK(m.hours_mads == 42'500);
    CHECK(m.backdating_days == 45);
    CHECK(m.self_dealing_share == 750'000);
    REQUIRE(m.gini);
    CHECK(*m.gini == 5'500);
    // one key of a pair keeps the other's default; gini: null is none
    const MonitorPolicy partial = read_monitor("bias: {reviews: 5}\ngini: null\n", &errors);
    CHECK(errors == 0);
    CHECK(partial.bias_reviews == 5);
    CHECK(partial.bias_difference == 10'000);
    CHECK_FALSE(partial.gini);
}
