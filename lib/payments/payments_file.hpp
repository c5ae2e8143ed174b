#pragma once
// The payments record, payments/<period>.yaml (SPEC 9): what a treasurer
// actually sent to the bank for a closed period, written once by
// `coop pay PERIOD --commit`. It holds no bank details, ever: those stay in
// the payees file outside the repository.
//
//   period: "2026-11"
//   currency: EUR
//   statement: "<40 hex: the blob of payouts/2026-11.yaml at the commit>"
//   payments:
//     - handle: alice
//       amount: "412.30"
//       reference: 2026-11-alice   # the EndToEndId sent to the bank
//       date: 2026-12-04           # the requested execution date
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/date.hpp"
#include "model/diagnostic.hpp"
#include "model/money.hpp"
#include "model/pos.hpp"

namespace coop {

struct RecordedPayment {
    std::string handle;
    Money amount;
    std::string reference;
    std::optional<Date> date; // nothing when it does not read
    bool amount_read = false; // the amount read (a bad one is reported where it stands)
    Pos pos;                  // the item
    Pos handle_pos, amount_pos, reference_pos;
};

struct PaymentsRecord {
    std::optional<Period> period;
    std::string currency;
    std::string statement; // the statement's blob id, or empty
    std::vector<RecordedPayment> payments;
    Pos period_pos{1, 1}, currency_pos{1, 1}, statement_pos{1, 1}, payments_pos{1, 1};
};

// The record as YAML: a schema modeline, a comment saying who writes it, the
// amounts quoted with exactly `minor_digits` decimals.
std::string payments_yaml(const PaymentsRecord& record, int minor_digits);

// Reads a payments file at `path` (as messages name it); every problem within
// the file (unknown keys, a bad amount, date or handle) goes to `diags` at
// its place, all of them.
PaymentsRecord read_payments(std::string_view text, const std::string& path, int minor_digits,
                             Diagnostics& diags);

} // namespace coop
