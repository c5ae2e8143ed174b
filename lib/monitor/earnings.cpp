#include "monitor/earnings.hpp"

#include "statement/chain.hpp"

namespace coop::monitor {

std::vector<MemberEarning> period_earnings(const Ledger& ledger, const Period& period) {
    // The period as the chain gives it: from what the one before carried out,
    // under the policy in force.
    PayoutChain chain(ledger);
    return period_earnings(ledger, chain.payout(period).table);
}

std::vector<MemberEarning> period_earnings(const Ledger& ledger, const PayoutTable& table) {
    std::vector<MemberEarning> out;
    for (const MemberPayout& m : table.members) {
        if (m.contributions == 0 && m.commission.minor == 0) continue;
        const Member* member = ledger.find_member(m.handle); // the ledger's own text
        out.push_back({member ? member->handle : std::string_view{}, m.earned, m.points});
    }
    return out;
}

} // namespace coop::monitor
