#include "statement/check.hpp"

#include "model/error.hpp"

namespace coop {

StatementCheck check_statement(PayoutChain& chain, const Ledger& ledger, std::string_view text,
                               const std::string& path) {
    StatementCheck out;
    Statement file = read_statement(text, path, ledger.policy.minor_digits, out.problems);
    if (out.problems.has_errors()) return out;
    try {
        const Policy policy = policy_in_force(ledger.policy, file.policy);
        const PayoutTable table =
            compute_payout(ledger, file.period, policy, chain.opening(file.period));
        compare_statement(file, make_statement(table, policy), path, out.differences);
    } catch (const Error& e) {
        out.failure = e.what();
    }
    out.statement = std::move(file);
    return out;
}

} // namespace coop
