// Changing one value of a YAML file in place (what `coop enact` writes), and
// comparing two files value by value (what coop audit's O6 compares).
#include <catch2/catch.hpp>

#include "governance/change.hpp"
#include "util/yaml_tree.hpp"

using namespace coop;

namespace {

std::string set(const std::string& text, const char* path, const char* value) {
    std::string error;
    const auto out = yaml_set(text, path, value, error);
    INFO(error);
    REQUIRE(out);
    // Whatever the edit, the result is YAML that says the new value.
    const auto tree = parse_yaml_tree(*out);
    REQUIRE(tree);
    const auto values = yaml_values(*tree);
    const auto it = values.find(path);
    REQUIRE(it != values.end());
    const auto expected = parse_yaml_tree(std::string("v: ") + value + "\n");
    REQUIRE(expected);
    CHECK(it->second == canonical(*expected->find("v")));
    return *out;
}

const std::string coop_yaml = "# The policy\n"
                              "name: Starfish   # shown in reports\n"
                              "distribution:\n"
                              "  reserve: 10%       # kept back\n"
                              "  connector-share: 5%\n"
                              "review:\n"
                              "  scale: [0, 5]\n"
                              "  neutral: 3\n"
                              "governance: { quorum: 50%, threshold: 2/3 }\n"
                              "kinds:\n"
                              "  - not really\n"
                              "monitor:\n"
                              "# the end\n";

} // namespace

TEST_CASE("yaml_set replaces a scalar where it stands and keeps its comment") {
    CHECK(set(coop_yaml, "distribution.reserve", "12%") ==
          "# The policy\nname: Starfish   # shown in reports\ndistribution:\n"
          "  reserve: 12%       # kept back\n  connector-share: 5%\nreview:\n  scale: [0, 5]\n"
          "  neutral: 3\ngovernance: { quorum: 50%, threshold: 2/3 }\nkinds:\n  - not really\n"
          "monitor:\n# the end\n");
    CHECK(set(coop_yaml, "name", "\"Starfish: the co-op\"")
              .starts_with("# The policy\nname: \"Starfish: the co-op\"   # shown in reports\n"));
}

TEST_CASE("yaml_set replaces a flow list and a value inside a flow mapping") {
    CHECK(set(coop_yaml, "review.scale", "[0, 10]").find("  scale: [0, 10]\n  neutral: 3\n") !=
          std::string::npos);
    CHECK(set(coop_yaml, "governance.quorum", "60%")
              .find("governance: { quorum: 60%, threshold: "
                    "2/3 }\n") != std::string::npos);
}

TEST_CASE("yaml_set adds a missing key in the mapping's style") {
    CHECK(set(coop_yaml, "governance.min-open", "14d")
              .find("governance: { quorum: 50%, threshold: 2/3, min-open: 14d }\n") !=
          std::string::npos);
    CHECK(set(coop_yaml, "distribution.general-share", "2%")
              .find("  connector-share: 5%\n  general-share: 2%\nreview:\n") != std::string::npos);
    // Missing mappings above the key are added too, at the end of their parent.
    CHECK(set(coop_yaml, "rules.signed-commits", "true")
              .ends_with("monitor:\nrules:\n  signed-commits: true\n# the end\n"));
    // An empty value becomes a mapping.
    CHECK(set(coop_yaml, "monitor.max-share", "40%").find("monitor: {max-share: 40%}\n") !=
          std::string::npos);
    CHECK(set("a: 1", "b", "2") == "a: 1\nb: 2\n");
    CHECK(set("a: 1\r\nc:\r\n  d: 1\r\n", "c.e", "2") == "a: 1\r\nc:\r\n  d: 1\r\n  e: 2\r\n");
}

TEST_CASE("yaml_set replaces a block list after its key") {
    const std::string member = "handle: bob\nroles:\n  - treasurer\n  - x\nkeys: []\n";
    CHECK(set(member, "roles", "[]") == "handle: bob\nroles: []\nkeys: []\n");
    CHECK(set("left:\nroles: []\n", "left", "2026-12-31") == "left: 2026-12-31\nroles: []\n");
    CHECK(set("left: null   # a date\n", "left", "2026-12-31") == "left: 2026-12-31   # a date\n");
}

TEST_CASE("yaml_set refuses a path through a value or a list") {
    std::string error;
    CHECK_FALSE(yaml_set(coop_yaml, "name.x", "1", error));
    CHECK(error == "'name' is a value, not a mapping of keys");
    CHECK_FALSE(yaml_set(coop_yaml, "kinds.code", "1", error));
    CHECK(error == "'kinds' is a list, not a mapping of keys");
    CHECK_FALSE(yaml_set("a: [1", "a", "1", error));
    CHECK_FALSE(yaml_set("a: &x 1\nb: *x\n", "a", "2", error));
}

TEST_CASE("same_values compares values, not comments or layout") {
    const std::string before = "a: 1\nb: {c: 2, d: [x, y]}\n";
    const std::string expected = "a: 1\nb: {c: 3, d: [x, y]}\n";
    std::string why;
    CHECK(same_values(before, expected, "# new\na: 1   # one\nb:\n  c: 3\n  d:\n    - x\n    - y\n",
                      why));
    CHECK_FALSE(same_values(before, expected, "a: 1\nb: {c: 4, d: [x, y]}\n", why));
    CHECK(why == "b.c is 4, the proposal makes it 3");
    CHECK_FALSE(same_values(before, expected, "a: 2\nb: {c: 3, d: [x, y]}\n", why));
    CHECK(why == "a changed from 1 to 2, which the proposal does not change");
    CHECK_FALSE(same_values(before, expected, "a: 1\nb: {c: 3, d: [x, y]}\ne: 5\n", why));
    CHECK(why == "e is added (5), which the proposal does not change");
    CHECK_FALSE(same_values(before, expected, "b: {c: 3, d: [x, y]}\n", why));
    CHECK(why == "a (1) is removed, which the proposal does not change");
}
