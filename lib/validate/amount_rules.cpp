#include <cstdint>
#include <limits>

#include <fmt/format.h>

#include "model/money.hpp"
#include "util/checked.hpp"
#include "validate/ledger_rules.hpp"

namespace coop {

// The payout adds amounts into pools, and carries the reserve, deficits and
// members' balances from period to period: every sum it makes is at most the
// ledger's amounts added up. So they must fit in the 64 bits coop counts
// with; the entry where the running total passes that is the one to look at.
void amounts_fit(const Ledger& l, Diagnostics& d) {
    std::int64_t total = 0;
    for (const RevenueEntry& e : l.revenue) {
        if (const auto sum = checked_add(total, e.amount.minor)) {
            total = *sum;
            continue;
        }
        d.error(l.path(e.file), e.amount_pos.line, e.amount_pos.column,
                fmt::format("the ledger's amounts add up past what coop can count here (more "
                            "than {} {} in all, income and expenses together, which no pool "
                            "could hold); check the amounts for a typing slip",
                            format_money(Money{std::numeric_limits<std::int64_t>::max()},
                                         l.policy.minor_digits),
                            l.policy.currency));
        return; // once: every later entry would say the same
    }
}

} // namespace coop
