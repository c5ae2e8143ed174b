#pragma once
// The payments of a bank order as CSV, for banks and payment services that
// take batch files: handle, name, iban, amount, currency, reference.
#include <string>

#include "pay/bank_order.hpp"

namespace coop {

// A header line, then one line per transfer (RFC 4180: fields with a comma,
// a quote or a line break quoted; lines end with LF, as coop's other CSV).
// Names are as the payees file writes them (UTF-8), amounts with the
// currency's minor digits.
std::string pay_csv(const BankOrder& order);

} // namespace coop
