#pragma once
// The payees file: members' bank details, kept outside the ledger and its
// history (SPEC 9). Default $XDG_CONFIG_HOME/coop/payees.yaml:
//
//   payees:
//     alice: {name: Alice Martin, iban: DE89 3704 0044 0532 0130 00, bic: COBADEFFXXX}
//
// `name` is the account holder's, `iban` is required, `bic` optional (SEPA
// needs none inside the EEA).
#include <string>
#include <string_view>
#include <vector>

#include "model/diagnostic.hpp"
#include "model/pos.hpp"

namespace coop {

struct Payee {
    std::string handle;
    std::string name;
    std::string iban; // electronic form: no spaces, capitals
    std::string bic;  // empty: none given
    Pos pos;          // the handle's key
};

struct Payees {
    std::vector<Payee> payees; // in file order
    Pos pos;                   // the `payees` key, or 1:1

    const Payee* find(std::string_view handle) const {
        for (const Payee& p : payees)
            if (p.handle == handle) return &p;
        return nullptr;
    }
};

// Reads a payees file written at `path` (as it is named in messages). Every
// problem, a bad IBAN or BIC included, goes to `diags` at its place.
Payees read_payees(std::string_view text, const std::string& path, Diagnostics& diags);

} // namespace coop
