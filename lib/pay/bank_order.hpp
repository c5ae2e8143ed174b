#pragma once
// A period's payments joined to the bank details they need: the payees file
// for the members, coop.yaml `payer:` for the co-op. Everything that would
// make a bank refuse the file is found before anything is written.
#include <string>
#include <vector>

#include "model/diagnostic.hpp"
#include "model/policy.hpp"
#include "pay/payees.hpp"
#include "pay/payment_plan.hpp"

namespace coop {

enum class BankFormat { sepa, csv };

struct Transfer {
    std::string handle;
    std::string name; // as the payees file writes it
    std::string iban; // electronic form
    std::string bic;  // empty: none given
    Money amount;
    std::string end_to_end_id;
};

struct BankOrder {
    PaymentPlan plan;
    std::string initiator;           // the co-op's name
    Payer payer;                     // sepa: the co-op's account, its name filled in
    std::vector<Transfer> transfers; // by handle, one per planned payment
};

// Joins `plan` to `payees` (read from `payees_path`). Every problem goes to
// `diags` at its place, all of them: a paid member with no payee, and for
// sepa a co-op not in EUR, no `payer:` in coop.yaml, an amount above what
// SEPA carries, a name with nothing left in the SEPA character set, two
// end-to-end ids alike. The order is only to be written when `diags` has no
// errors.
BankOrder bank_order(const PaymentPlan& plan, const Payees& payees, const std::string& payees_path,
                     const Policy& policy, BankFormat format, Diagnostics& diags);

} // namespace coop
