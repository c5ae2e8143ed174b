#include "validate/validate.hpp"

#include "validate/closed_periods.hpp"
#include "validate/rules.hpp"

namespace coop {

void validate(const Ledger& ledger, Diagnostics& diags) {
    rules::member_emails_unique(ledger, diags);
    rules::ids_unique(ledger, diags);
    rules::files_owned_by_members(ledger, diags);
    rules::contributions_by_members(ledger, diags);
    if (ledger.kinds_ok) rules::kinds_known(ledger, diags);
    if (ledger.rules_ok) rules::time_per_day(ledger, diags);
    rules::reviews_valid(ledger, diags);
    rules::connectors_are_members(ledger, diags);
}

Ledger load_ledger(const std::filesystem::path& root, Diagnostics& diags,
                   const ReadOptions& options) {
    Ledger ledger = read_ledger(root, diags, options);
    validate(ledger, diags);
    closed_periods_unchanged(ledger, closed_baselines(root, ledger, diags), diags);
    diags.sort();
    return ledger;
}

} // namespace coop
