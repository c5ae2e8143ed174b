#pragma once
// SPEC 9: what a closed period pays, from its statement: every member whose
// p(m) is above zero, with the reference and end-to-end id the bank file and
// the payments record carry.
#include <string>
#include <string_view>
#include <vector>

#include "model/date.hpp"
#include "model/ledger.hpp"
#include "model/money.hpp"
#include "model/pos.hpp"

namespace coop {

inline constexpr std::size_t sepa_id_max = 35;         // Max35Text: EndToEndId, MsgId
inline constexpr std::size_t sepa_name_max = 70;       // Max70Text: Nm
inline constexpr std::size_t sepa_reference_max = 140; // Max140Text: Ustrd

struct PlannedPayment {
    std::string handle;
    Money amount;              // p(m) of the statement, > 0
    std::string end_to_end_id; // <period>-<handle>, or <period>-<27 hex of SHA-1(handle)>
};

struct PaymentPlan {
    Period period;
    std::string currency; // the statement's
    int minor_digits = 2;
    std::string statement_path;           // payouts/<period>.yaml
    Pos currency_pos;                     // of `currency:` in the statement
    std::string computed_from;            // the statement's commit
    std::string reference;                // the remittance text of every payment, in the SEPA set
    std::vector<PlannedPayment> payments; // by handle
    Money total;
};

// `<period>-<handle>` when it fits in 35 characters, else `<period>-` and the
// first 27 hex digits of the handle's SHA-1.
std::string end_to_end_id(const Period& period, std::string_view handle);

// The payments of `period` (a closed period of the co-op's cadence) from its
// statement. Throws Error(usage) for a period of the other cadence and
// Error(ledger) for a period that is not closed or a statement that cannot be
// read.
PaymentPlan payment_plan(const Ledger& ledger, const Period& period);

} // namespace coop
