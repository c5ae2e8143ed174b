#pragma once
// SPEC 3: the payout of one period, from the ledger and what the period
// before carried out. The ten rules are compute_payout's steps (payout.cpp).
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/date.hpp"
#include "model/ledger.hpp"
#include "model/money.hpp"
#include "model/policy.hpp"
#include "payout/pools.hpp"
#include "util/checked.hpp"

namespace coop {

struct MemberPayout {
    std::string handle;
    std::int64_t minutes = 0;       // of their contributions in the period
    std::int64_t contributions = 0; // how many
    int128 points = 0;              // of those contributions, times 10^points_places
    Money commission;               // as a connector
    std::vector<Money> shares;      // of each pool, parallel to PayoutTable::pools
    Money earned;                   // rule 9: e(m), the shares plus the commission
    Money balance_in;               // b_in(m), carried in
    Money balance;                  // b(m) = b_in(m) + e(m)
    Money paid;                     // p(m): b(m) or 0
    Money balance_out;              // b_out(m) = b(m) - p(m), carried out
    bool left = false;              // left during or before the period: paid everything

    bool operator==(const MemberPayout&) const = default;
};

struct PayoutTotals {
    Money income;      // the period's income entries
    Money expenses;    // the period's expense entries and a circle's upstream (the deficit
                       // carried in is not one)
    Money upstream;    // SPEC 8: a circle's upstream to the global network, in expenses
    Money commissions; // paid to connectors
    Money reserve;     // the rule-7 reserves of the period's pools
    Money earned;      // by all members
    Money paid;        // to all members
    Money loss;        // rule 5: L, what the positive pools could not bear
    Money covered;     // rule 6: the part of L the reserve carried in covered
    Money deficits;    // rule 5: S, the negative balances before sharing (not in the JSON)

    bool operator==(const PayoutTotals&) const = default;
};

// What a period carries in or out, as the statement and the JSON show it.
struct Carried {
    Money reserve;  // R
    Money deficit;  // D
    Money balances; // the members' unpaid balances, all together

    bool operator==(const Carried&) const = default;
};

// What a period starts from (SPEC 3, "Carried in"): for the first period of a
// ledger, nothing.
struct Opening {
    Money reserve;
    Money deficit;
    std::map<std::string, Money, std::less<>> balances; // by handle; none is 0
    // The cash the co-op holds by its books: income - expenses - paid of every
    // period before.
    Money cash;
};

// The three identities of SPEC 3, each side computed apart, to the minor unit.
struct Reconciliation {
    // income - expenses = earned + reserves - covered - deficit out + deficit in
    Money period_left, period_right;
    // balances out = balances in + earned - paid
    Money balances_left, balances_right;
    // cash held after the period (income - expenses - paid so far)
    //   = reserve out + balances out - deficit out
    Money cash, cash_right;

    bool period_holds() const { return period_left == period_right; }
    bool balances_hold() const { return balances_left == balances_right; }
    bool cash_holds() const { return cash == cash_right; }
    bool holds() const { return period_holds() && balances_hold() && cash_holds(); }
    bool operator==(const Reconciliation&) const = default;
};

struct PayoutTable {
    Period period;
    Carried carried_in;
    std::vector<Pool> pools;           // general first, then projects by name
    std::vector<MemberPayout> members; // by handle: see rule 9 for who is listed
    PayoutTotals totals;
    Carried carried_out;
    Reconciliation reconciliation;

    bool operator==(const PayoutTable&) const = default;
};

// The payout of the contributions and revenue dated in `period` (a month or a
// quarter, whatever the co-op's cadence) under `policy`, starting from `in`.
// Throws an Error (ErrorKind::ledger) on an unknown kind or an overflow.
PayoutTable compute_payout(const Ledger& ledger, const Period& period, const Policy& policy,
                           const Opening& in);

// The period alone, as if it were the ledger's first: nothing carried in,
// under coop.yaml's policy. (lib/statement/chain.hpp gives the chain.)
inline PayoutTable compute_payout(const Ledger& ledger, const Period& period) {
    return compute_payout(ledger, period, ledger.policy, Opening{});
}

// What the period after `table` starts from.
Opening opening_after(const PayoutTable& table);

// The earliest and the latest day with a contribution, review or revenue entry.
std::optional<Date> first_entry_date(const Ledger& ledger);
std::optional<Date> last_entry_date(const Ledger& ledger);

// The latest period of the cadence with a contribution, review or revenue entry.
std::optional<Period> latest_period(const Ledger& ledger, Cadence cadence);

} // namespace coop
