#pragma once
// One check of a statement against the ledger, for `coop payout --check`,
// `coop validate` (closed periods without git) and `coop audit` (O4): read it,
// recompute its period under the policy it records, compare every value.
#include <optional>
#include <string>
#include <string_view>

#include "model/diagnostic.hpp"
#include "statement/chain.hpp"
#include "statement/statement.hpp"

namespace coop {

struct StatementCheck {
    Diagnostics problems;               // why the statement does not read
    Diagnostics differences;            // where it differs from the recomputation
    std::string failure;                // why it cannot be recomputed
    std::optional<Statement> statement; // as read, when it reads

    bool matches() const {
        return !problems.has_errors() && failure.empty() && !differences.has_errors();
    }
};

// Checks `text`, the statement at `path`, against the ledger of `chain`: its
// period recomputed from what the chain carries into it.
StatementCheck check_statement(PayoutChain& chain, const Ledger& ledger, std::string_view text,
                               const std::string& path);

} // namespace coop
