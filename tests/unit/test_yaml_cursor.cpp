// The YAML cursor's scalars as written: byte ranges of the input, whatever
// characters come before them (libyaml's marks count characters).
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "model/diagnostic.hpp"
#include "read/yaml_cursor.hpp"

using namespace coop;

namespace {

// The source text of each value of a flat mapping, in order.
std::vector<std::string> sources(const std::string& text) {
    Diagnostics diags;
    YamlCursor c(text, "t.yaml", diags);
    std::vector<std::string> out;
    REQUIRE(c.begin_document());
    REQUIRE(c.enter_mapping());
    Scalar key;
    while (c.next_key(key)) {
        Scalar value;
        REQUIRE(c.scalar(value));
        out.emplace_back(c.source(value));
    }
    c.end_document();
    REQUIRE_FALSE(diags.has_errors());
    return out;
}

} // namespace

TEST_CASE("the cursor's scalar source is the bytes written, after non-ASCII text", "[yaml]") {
    CHECK(sources("a: plain\nb: \"quoted\"\n") == std::vector<std::string>{"plain", "\"quoted\""});
    // Two-, three- and four-byte characters before and inside the values.
    CHECK(sources("name: \"Zoë Çelik\"\nnote: '日本 ok'\nemoji: 🎉 party\nlast: \"x\"\n") ==
          std::vector<std::string>{"\"Zoë Çelik\"", "'日本 ok'", "🎉 party", "\"x\""});
    // A byte order mark is not a character libyaml counts.
    CHECK(sources("\xEF\xBB\xBF"
                  "é: \"ü\"\nb: c\n") == std::vector<std::string>{"\"ü\"", "c"});
}
