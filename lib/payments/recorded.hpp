#pragma once
// The payments records of a ledger, read from its source: what was actually
// paid, for the export (SPEC 9) to post.
#include <vector>

#include "model/ledger.hpp"
#include "payments/payments_file.hpp"

namespace coop {

// Every payments/<period>.yaml among the ledger's files, in path order.
// Throws Error(ledger) for one that does not read (coop validate says where).
std::vector<PaymentsRecord> recorded_payments(const Ledger& ledger);

} // namespace coop
