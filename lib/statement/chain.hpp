#pragma once
// SPEC 3, "Carried in": the periods of a ledger one after another, each
// starting from what the one before it carried out, read from its statement
// when it is closed and computed by the same rules when it is open.
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "model/date.hpp"
#include "model/ledger.hpp"
#include "model/policy.hpp"
#include "payout/payout.hpp"
#include "statement/statement.hpp"

namespace coop {

struct PeriodPayout {
    PayoutTable table;
    Policy policy;                        // in force: a closed period's is its statement's
    const Statement* statement = nullptr; // of a closed period, else null (owned by the chain)
};

class PayoutChain {
  public:
    // The closed periods are those with a statement payouts/<period>.yaml
    // among the ledger's files, read from its source when needed.
    explicit PayoutChain(const Ledger& ledger);
    PayoutChain(const PayoutChain&) = delete;
    PayoutChain& operator=(const PayoutChain&) = delete;

    // The payout of `period`, a month or a quarter whatever the cadence: from
    // what the chain carries into it, under the policy in force. Throws
    // Error(ledger) when a statement the chain needs cannot be read.
    PeriodPayout payout(const Period& period);

    // What `period` starts from: the chain from the ledger's first period,
    // with the cadence's periods that end before it starts, then the months
    // between, each closed one read from its statement.
    Opening opening(const Period& period);

    // The periods the chain goes through before `period`, in order.
    std::vector<Period> steps_before(const Period& period) const;

    // The statement of `period`, read; null when the period is open. Throws
    // Error(ledger) when it cannot be read or states another period.
    const Statement* statement(const Period& period);

    // The closed periods, in order.
    std::vector<Period> closed() const;

    // The first period of the co-op's cadence, the one with the ledger's first
    // entry; nothing for a ledger without entries.
    std::optional<Period> first_period() const;

  private:
    Period next_step(Date from, Date until) const;
    Opening carried_through(const Period& step, const Opening& in);

    const Ledger& ledger_;
    std::map<Period, std::string> paths_; // payouts/<period>.yaml by period
    std::map<Period, std::unique_ptr<Statement>> read_;
    std::map<Date, Opening> openings_; // by the first day of the period they open
    std::optional<Date> start_;
};

} // namespace coop
