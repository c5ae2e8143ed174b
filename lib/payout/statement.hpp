#pragma once
// The payout statement, payouts/<period>.yaml: what `coop close` writes, and
// what `coop payout --check` and `coop audit` compare with a recomputation.
// Its format is schema/payout.schema.json.
#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "model/date.hpp"
#include "model/diagnostic.hpp"
#include "model/ledger.hpp"
#include "model/money.hpp"
#include "model/policy.hpp"
#include "payout/payout.hpp"
#include "util/checked.hpp"

namespace coop {

// The parts of the policy that decide a payout.
struct StatementPolicy {
    int scale_min = 0;
    int scale_max = 0;
    int neutral = 0;
    Aggregate aggregate = Aggregate::median;
    std::int64_t trim = 0; // times 10^rate_places
    int min_reviews = 0;
    std::int64_t unreviewed_factor = 0; // times 10^factor_places
    std::vector<Kind> kinds;            // in coop.yaml order
    std::int64_t reserve = 0;           // times 10^rate_places
    std::int64_t connector_share = 0;   // times 10^rate_places
};

struct StatementPool {
    std::string name;
    Money income, expenses, commissions, balance, reserve, distributable, deficit;
    int128 points = 0; // times 10^points_places
};

struct StatementMember {
    std::string handle;
    std::int64_t minutes = 0;
    std::int64_t contributions = 0;
    int128 points = 0; // times 10^points_places
    Money commission;
    Money amount;
};

struct Statement {
    Period period;
    std::string currency;
    int minor_digits = 2;      // the currency's; not written
    std::string computed_from; // the ledger's git commit, 40 hex digits; empty: not known
    StatementPolicy policy;
    // The pools that share money: general first, then projects by name. A
    // project pool folded into the general pool is not listed, as in
    // `coop payout --format json`: its money is in the general pool.
    std::vector<StatementPool> pools;
    std::vector<StatementMember> members; // by handle
    PayoutTotals totals;
    // Of a statement read from a file: where each value was, by a dotted key
    // ("period", "pools.general.income", "members.alice.amount",
    // "policy.kinds.code"); lists and list items by their own key ("members",
    // "members.alice").
    std::map<std::string, Pos> places;
};

// The statement of a computed payout under `policy`.
Statement make_statement(const PayoutTable& table, const Policy& policy,
                         std::string computed_from = {});

// The statement as YAML: a schema modeline, then every value, amounts and
// points as quoted strings so no YAML reader takes them for floating point.
std::string statement_yaml(const Statement& statement);

// Reads a statement written by statement_yaml (or by hand in the same format),
// amounts with `minor_digits` decimals. What is wrong goes to `diags` at its
// place in `path`; the values of a statement with errors are not to be trusted.
Statement read_statement(std::string_view text, const std::string& path, int minor_digits,
                         Diagnostics& diags);

// Every difference between a statement read from `path` and the recomputed
// one, as an error at the statement's place: "alice amount is 123.45 in the
// statement, 123.46 recomputed". Lists are matched by name, not by order.
void compare_statement(const Statement& file, const Statement& recomputed, const std::string& path,
                       Diagnostics& diags);

} // namespace coop
