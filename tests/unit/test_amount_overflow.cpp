// validate catches a ledger whose amounts add up past 64 bits at the entry
// where the total overflows, so that the payout never has to refuse it.
#include <catch2/catch.hpp>

#include <string>

#include <fmt/format.h>

#include "model/diagnostic.hpp"
#include "read/memory_source.hpp"
#include "validate/validate.hpp"

using namespace coop;

namespace {

const char* coop_yaml = R"(coop: 1
name: Overflow Cooperative
currency: EUR
period: monthly
review:
  scale: [0, 5]
  neutral: 3
  aggregate: median
  min-reviews: 2
  unreviewed-factor: 0.5
kinds:
  code: 1
distribution:
  reserve: 10%
  connector-share: 5%
)";

const char* alice = R"(handle: alice
name: Alice Martin
emails: [alice@example.org]
joined: 2026-01-15
left: null
roles: [treasurer]
keys: []
)";

// `n` entries of the largest amount an entry may have (9999999999999.99 EUR).
std::string revenue(int n, std::string_view type) {
    std::string text = "entries:\n";
    for (int i = 0; i < n; ++i)
        text += fmt::format("  - id: rev-20261110-e{}\n    date: 2026-11-10\n    type: {}\n"
                            "    amount: \"9999999999999.99\"\n    party: Big Client\n",
                            i, type);
    return text;
}

Diagnostics validated(const std::string& revenue_text) {
    Diagnostics diags;
    const Ledger l = read_ledger_texts({{"coop.yaml", coop_yaml},
                                        {"members/alice.yaml", alice},
                                        {"revenue/2026/11.yaml", revenue_text}},
                                       diags);
    validate(l, diags);
    diags.sort();
    return diags;
}

} // namespace

TEST_CASE("validate places the entry where the ledger's amounts overflow", "[validate]") {
    // 9223 entries of 999999999999999 cents fit in int64; the 9224th does not.
    const Diagnostics fits = validated(revenue(9223, "income"));
    CHECK(fits.items().empty());
    const Diagnostics over = validated(revenue(9225, "expense"));
    REQUIRE(over.items().size() == 1);
    const Diagnostic& d = over.items().front();
    CHECK(d.severity == Severity::error);
    CHECK(d.path == "revenue/2026/11.yaml");
    CHECK(d.line == 2 + 5 * 9223 + 3); // the 9224th entry's amount
    CHECK(d.column == 13);
    CHECK(d.message == "the ledger's amounts add up past what coop can count here (more than "
                       "92233720368547758.07 EUR in all, income and expenses together, which no "
                       "pool could hold); check the amounts for a typing slip");
}
