#pragma once
// The cross-file rules, one function each; validate() runs them all. `at`
// finds the places of the contributions and reviews a message names.
#include "governance/activity.hpp"
#include "model/diagnostic.hpp"
#include "model/ledger.hpp"
#include "read/entry_places.hpp"

namespace coop {

void member_emails_unique(const Ledger& l, Diagnostics& d);
void ids_unique(const Ledger& l, EntryPlaces& at, Diagnostics& d);
void files_owned_by_members(const Ledger& l, Diagnostics& d);
void contributions_by_members(const Ledger& l, EntryPlaces& at, Diagnostics& d);
void kinds_known(const Ledger& l, EntryPlaces& at, Diagnostics& d);
void time_per_day(const Ledger& l, EntryPlaces& at, Diagnostics& d);
void projects_known(const Ledger& l, EntryPlaces& at, Diagnostics& d);
void reviews_valid(const Ledger& l, EntryPlaces& at, Diagnostics& d);
void connectors_are_members(const Ledger& l, Diagnostics& d);
// Needs every member file: run on a whole ledger only, not on a writing
// command's partial read.
void circle_connectors_are_members(const Ledger& l, Diagnostics& d);
void amounts_fit(const Ledger& l, Diagnostics& d);
void proposals_valid(const Ledger& l, const Activity& activity, Diagnostics& d);
void stances_valid(const Ledger& l, const Activity& activity, Diagnostics& d);
// SPEC 9: each payments record equals its period's statement.
void payments_valid(const Ledger& l, Diagnostics& d);

} // namespace coop
