#pragma once
// The SEPA credit transfer file (ISO 20022 pain.001.001.03, SPEC 9): one
// payment information block paying every transfer of a bank order in EUR.
#include <string>

#include "model/date.hpp"
#include "pay/bank_order.hpp"

namespace coop {

struct SepaOptions {
    Date execution;      // ReqdExctnDt: the day the bank is asked to pay
    std::string created; // CreDtTm, an ISO date-time like 2026-12-08T09:30:00
};

// The XML document of `order`, whose checks passed (bank_order with no
// errors): names and references in the SEPA character set, amounts with 2
// decimals, NbOfTxs and CtrlSum the count and sum of the transfers.
std::string sepa_xml(const BankOrder& order, const SepaOptions& options);

// MsgId and PmtInfId: coop-<period>, and the first 12 digits of the commit the
// statement was computed from when it names one.
std::string sepa_message_id(const PaymentPlan& plan);

} // namespace coop
