#pragma once
// Waivers: a finding that a passed `waive` proposal names (its commit, by a
// prefix of its id, and its rule) is moved from the findings to the waived
// ones, with the proposal that waives it.
#include "audit/finding.hpp"
#include "audit/ledger_history.hpp"
#include "governance/vote_history.hpp"

namespace coop::audit {

// Counts each waive proposal of the ledger at `head` on `today`.
void apply_waivers(LedgerHistory& h, const git_oid& head, const VoteHistory& votes, Date today,
                   AuditReport& report);

} // namespace coop::audit
