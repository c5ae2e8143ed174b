#pragma once
// The payout statement, payouts/<period>.yaml: what `coop close` writes, and
// what `coop payout --check`, `coop validate` and `coop audit` compare with a
// recomputation (check.hpp). Its format is schema/payout.schema.json: the keys
// of the payout JSON (SPEC 4) with the policy in force and the commit it was
// computed from.
#include <map>
#include <string>
#include <string_view>

#include "model/date.hpp"
#include "model/diagnostic.hpp"
#include "model/ledger.hpp"
#include "model/policy.hpp"
#include "payout/payout.hpp"
#include "util/checked.hpp"

namespace coop {

inline constexpr int statement_version = 2;

struct Statement {
    int version = statement_version; // its `coop:`; 1 before SPEC v2
    Period period;
    std::string currency;
    int minor_digits = 2;      // the currency's; not written
    std::string computed_from; // the ledger's git commit, 40 hex digits; empty: not known
    // The policy in force: review, kinds and distribution (the rest of a Policy
    // is not recorded and left as it is by default).
    Policy policy;
    // The payout. Pools folded into the general pool are not listed, as in the
    // payout JSON: their money is in the general pool's. Members' shares are not
    // recorded. A v1 statement has no carried-in, carried-out, balances or paid.
    PayoutTable table;
    bool has_carried_out = false; // false: a v1 statement, recomputed to know it
    // Values of a v1 statement that v2 derives from others (a pool's balance
    // before deficits were shared), by dotted key: compared, not kept in `table`.
    std::map<std::string, int128, std::less<>> derived;
    // Of a statement read from a file: where each value was, by a dotted key
    // ("period", "pools.general.income", "members.alice.paid",
    // "policy.kinds.code", "carried-out.reserve"); lists and list items by
    // their own key ("members", "members.alice").
    std::map<std::string, Pos, std::less<>> places;
};

// The statement of a payout computed under `policy` (the policy in force).
Statement make_statement(const PayoutTable& table, const Policy& policy,
                         std::string computed_from = {});

// The statement as YAML: a schema modeline, then every value, amounts and
// points as quoted strings so no YAML reader takes them for floating point.
std::string statement_yaml(const Statement& statement);

// Reads a statement written by statement_yaml (or one of v1), amounts with
// `minor_digits` decimals. What is wrong goes to `diags` at its place in
// `path`; the values of a statement with errors are not to be trusted.
Statement read_statement(std::string_view text, const std::string& path, int minor_digits,
                         Diagnostics& diags);

// Every difference between a statement read from `path` and the recomputed
// one, as an error at the statement's place: "alice paid is 123.45 in the
// statement, 123.46 recomputed". Lists are matched by name, not by order; a
// v1 statement is compared on the values it has.
void compare_statement(const Statement& file, const Statement& recomputed, const std::string& path,
                       Diagnostics& diags);

} // namespace coop
