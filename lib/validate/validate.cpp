#include "validate/validate.hpp"

#include "validate/closed_periods.hpp"
#include "validate/rules.hpp"

namespace coop {

void validate(const Ledger& ledger, Diagnostics& diags) {
    EntryPlaces at(ledger);
    rules::member_emails_unique(ledger, diags);
    rules::ids_unique(ledger, at, diags);
    rules::files_owned_by_members(ledger, diags);
    rules::contributions_by_members(ledger, at, diags);
    if (ledger.kinds_ok) rules::kinds_known(ledger, at, diags);
    if (ledger.rules_ok) rules::time_per_day(ledger, at, diags);
    rules::reviews_valid(ledger, at, diags);
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
