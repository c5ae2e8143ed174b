// SPEC 9: each payments/<period>.yaml against its period's statement.
#include "model/error.hpp"
#include "model/layout.hpp"
#include "payments/payments_check.hpp"
#include "read/ledger_reader.hpp"
#include "statement/chain.hpp"
#include "validate/ledger_rules.hpp"

namespace coop {

void payments_valid(const Ledger& l, Diagnostics& d) {
    std::optional<PayoutChain> chain; // only a ledger with payments reads its statements here
    for (FileId f = 0; f < l.files.size(); ++f) {
        const std::string path(l.path(f));
        if (classify_path(path).kind != FileKind::payments || !l.source) continue;
        std::string text;
        if (l.source->load(path, text) != 0) continue; // gone since it was listed
        const PaymentsRecord record = read_payments(text, path, l.policy.minor_digits, d);
        const auto period = payments_period(path);
        const Statement* statement = nullptr;
        if (period) {
            if (!chain) chain.emplace(l);
            try {
                statement = chain->statement(*period);
            } catch (const Error&) {
                continue; // a statement that does not read is reported as such, not here
            }
        }
        check_payments(record, path, statement, l.policy, d);
    }
}

} // namespace coop
