#pragma once
// The books as CSV: one row per posting (date, payee, narration, account,
// amount, currency), fields quoted as RFC 4180 says.
#include <string>

#include "export/transactions.hpp"

namespace coop {

std::string books_csv(const Books& books);

} // namespace coop
