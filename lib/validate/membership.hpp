#pragma once
#include <optional>
#include <string>

#include "model/ledger.hpp"

namespace coop {

// Why `handle` cannot act on `date`: unknown, not yet joined, or already left.
std::optional<std::string> membership_problem(const Ledger& l, std::string_view handle, Date date,
                                              std::string_view role);

} // namespace coop
