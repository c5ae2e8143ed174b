#include "monitor/earnings.hpp"

#include "payout/payout.hpp"

namespace coop::monitor {

std::vector<MemberEarning> period_earnings(const Ledger& ledger, const Period& period) {
    std::vector<MemberEarning> out;
    for (const MemberPayout& m : compute_payout(ledger, period).members)
        if (m.contributions > 0 || m.commission.minor != 0)
            out.push_back({m.handle, m.amount, m.points});
    return out;
}

} // namespace coop::monitor
