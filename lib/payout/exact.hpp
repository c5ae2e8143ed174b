#pragma once
// Checked arithmetic for the payout: an overflow stops the computation with an
// Error naming what overflowed, instead of a wrong amount. `what` is a callable
// returning that name, so the message is only built when it is needed.
#include <string>

#include "model/error.hpp"
#include "model/money.hpp"
#include "util/checked.hpp"

namespace coop::payout_detail {

template <typename What> [[noreturn]] void overflowed(const What& what) {
    throw Error(ErrorKind::ledger, std::string(what()) + " overflows");
}

template <typename T, typename What> T add(T a, T b, const What& what) {
    if (const auto r = checked_add(a, b)) return *r;
    overflowed(what);
}

template <typename T, typename What> T sub(T a, T b, const What& what) {
    if (const auto r = checked_sub(a, b)) return *r;
    overflowed(what);
}

template <typename T, typename What> T mul(T a, T b, const What& what) {
    if (const auto r = checked_mul(a, b)) return *r;
    overflowed(what);
}

template <typename What> Money add(Money a, Money b, const What& what) {
    return Money{add(a.minor, b.minor, what)};
}

template <typename What> Money sub(Money a, Money b, const What& what) {
    return Money{sub(a.minor, b.minor, what)};
}

} // namespace coop::payout_detail
