#include "validate/validate.hpp"

#include "validate/closed_periods.hpp"
#include "validate/ledger_rules.hpp"

namespace coop {

void validate(const Ledger& ledger, Diagnostics& diags) {
    EntryPlaces at(ledger);
    member_emails_unique(ledger, diags);
    ids_unique(ledger, at, diags);
    files_owned_by_members(ledger, diags);
    contributions_by_members(ledger, at, diags);
    if (ledger.kinds_ok) kinds_known(ledger, at, diags);
    if (ledger.rules_ok) time_per_day(ledger, at, diags);
    if (ledger.projects_ok) projects_known(ledger, at, diags);
    reviews_valid(ledger, at, diags);
    connectors_are_members(ledger, diags);
    amounts_fit(ledger, diags);
    payments_valid(ledger, diags);
    if (!ledger.proposals.empty() || !ledger.stances.empty()) {
        const Activity activity(ledger);
        proposals_valid(ledger, activity, diags);
        stances_valid(ledger, activity, diags);
    }
}

Ledger load_ledger(const std::filesystem::path& root, Diagnostics& diags,
                   const ReadOptions& options) {
    Ledger ledger = read_ledger(root, diags, options);
    validate(ledger, diags);
    circle_connectors_are_members(ledger, diags);
    closed_periods_unchanged(ledger, closed_baselines(root, ledger, diags), diags);
    diags.sort();
    return ledger;
}

} // namespace coop
