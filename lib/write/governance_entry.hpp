#pragma once
// `coop propose`, `coop consent`/`object`/`abstain` and `coop enact`: writing
// proposals, stances and enactments (SPEC section 6) the way every writing
// command writes (write_change: validated first, atomic, locked).
#include <filesystem>
#include <string>
#include <utility>
#include <vector>

#include "model/date.hpp"
#include "model/proposal.hpp"
#include "write/write_change.hpp"

namespace coop {

struct ProposeRequest {
    std::string me;
    Date date;
    std::string title;
    std::string reason; // empty: none
    std::string name;   // the id's name part; empty: from the title
    ChangeKind kind = ChangeKind::policy;
    std::vector<std::pair<std::string, std::string>> settings; // policy: key, value as typed
    std::string member;                                        // roles, remove
    std::vector<std::string> roles;                            // roles
    Date left;                                                 // remove
    std::string commit;                                        // waive
    std::string rule;                                          // waive
};

// Writes proposals/<YYYY>/<id>.yaml; the result is the new id.
Outcome propose(const std::filesystem::path& root, const ProposeRequest& request,
                const WriteOptions& options);

struct StanceRequest {
    std::string me;
    std::string proposal;
    StanceKind stance = StanceKind::consent;
    std::string reason; // required for an objection
    Date date;
};

// Appends the stance to stances/<YYYY>/<MM>/<me>.yaml.
Outcome take_stance(const std::filesystem::path& root, const StanceRequest& request,
                    const WriteOptions& options);

// Applies the passed proposal `id` to the file it changes, in place, and with
// `commit` commits that file alone with the trailer `Coop-Proposal: <id>`.
// Counted as of `today`. Throws Error(usage) for an unknown id or a waiver,
// Error(ledger) when it has not passed or is already in effect.
Outcome enact(const std::filesystem::path& root, const std::string& id, Date today,
              const WriteOptions& options);

} // namespace coop
