#pragma once
// The books as a beancount file: the accounts opened, then the transactions.
#include <string>

#include "export/transactions.hpp"

namespace coop {

std::string beancount_journal(const Books& books);

} // namespace coop
