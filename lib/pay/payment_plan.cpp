#include "pay/payment_plan.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "model/error.hpp"
#include "model/layout.hpp"
#include "pay/sepa_text.hpp"
#include "statement/chain.hpp"
#include "util/sha1.hpp"

namespace coop {

std::string end_to_end_id(const Period& period, std::string_view handle) {
    std::string id = fmt::format("{}-{}", format_period(period), handle);
    if (id.size() <= sepa_id_max) return id;
    id = format_period(period) + "-";
    return id + sha1_hex(handle).substr(0, sepa_id_max - id.size());
}

PaymentPlan payment_plan(const Ledger& ledger, const Period& period) {
    const std::string name = format_period(period);
    if (period.cadence != ledger.policy.period) {
        const bool monthly = ledger.policy.period == Cadence::monthly;
        throw Error(ErrorKind::usage,
                    fmt::format("the co-op is paid {}, so coop pay pays {}; {} is a {}",
                                monthly ? "monthly" : "quarterly",
                                monthly ? "months like 2026-11" : "quarters like 2026-Q4", name,
                                period.cadence == Cadence::monthly ? "month" : "quarter"));
    }
    PayoutChain chain(ledger);
    const Statement* statement = chain.statement(period);
    if (!statement)
        throw Error(ErrorKind::ledger,
                    fmt::format("{} is not closed: coop pay pays what a closed period's "
                                "statement says; close it first (coop close {})",
                                name, name));
    PaymentPlan plan;
    plan.period = period;
    plan.currency = statement->currency;
    plan.minor_digits = ledger.policy.minor_digits;
    plan.statement_path = statement_path(name);
    if (const auto it = statement->places.find("currency"); it != statement->places.end())
        plan.currency_pos = it->second;
    else
        plan.currency_pos = {1, 1};
    plan.computed_from = statement->computed_from;
    plan.reference =
        sepa_text(fmt::format("{} payout {}", ledger.policy.name, name), sepa_reference_max);
    for (const MemberPayout& m : statement->table.members) {
        if (m.paid.minor <= 0) continue;
        plan.payments.push_back({m.handle, m.paid, end_to_end_id(period, m.handle)});
        plan.total.minor += m.paid.minor;
    }
    std::sort(plan.payments.begin(), plan.payments.end(),
              [](const PlannedPayment& a, const PlannedPayment& b) { return a.handle < b.handle; });
    return plan;
}

} // namespace coop
