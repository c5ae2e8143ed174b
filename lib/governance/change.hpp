#pragma once
// What a proposal changes, as text: the one file it edits and that file after
// the change, made in place so its comments and layout survive. `coop enact`
// writes it; coop audit (O6) compares an enactment commit with it; validation
// reads it to check the proposal's values.
#include <optional>
#include <string>
#include <string_view>

#include "model/ledger.hpp"
#include "model/proposal.hpp"

namespace coop {

// coop.yaml (policy) or members/<member>.yaml (roles, remove); nothing for a
// waiver, which takes effect by passing.
std::optional<std::string> changed_file(const Proposal& p);

// The YAML text of the roles list a roles proposal writes: [treasurer].
std::string roles_value(const Proposal& p);

// `text` (the current content of changed_file(p)) with the proposal's change
// made, or nothing with `error` saying why it cannot be made there.
std::optional<std::string> apply_change(const Proposal& p, std::string_view text,
                                        std::string& error);

// The same for one setting of a policy proposal.
std::optional<std::string> apply_setting(const PolicySetting& s, std::string_view text,
                                         std::string& error);

// Whether the files already say what the proposal changes them to (it was
// enacted, or never needed to be): false for a waiver, and when a file is
// missing or the change cannot be made.
bool change_in_effect(const Ledger& l, const Proposal& p);

// Whether `after` says exactly what `expected` (`before` with the change
// made) says, value by value, comments and layout aside. When not,
// `difference` names the first value that differs: "distribution.reserve is
// 15%, the proposal makes it 12%", "review.window changed from 7d to 8d,
// which the proposal does not change".
bool same_values(std::string_view before, std::string_view expected, std::string_view after,
                 std::string& difference);

} // namespace coop
