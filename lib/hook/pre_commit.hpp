#pragma once
// `coop hook install`: a git pre-commit hook that runs `coop validate`, so a
// commit of an invalid ledger is refused before it is made.
#include <filesystem>
#include <string>

namespace coop {

struct HookResult {
    std::filesystem::path path; // the hook file written
    bool replaced = false;      // a hook was there before (coop's, or with force)
};

// The hook's text: runs `coop` (the binary at `coop`, else the one on PATH)
// with -C `ledger_dir` (relative to the top of the work tree) validate -q.
std::string pre_commit_hook_text(const std::filesystem::path& coop, const std::string& ledger_dir);

// Writes the pre-commit hook into the hooks folder of the repository holding
// `ledger_root` (core.hooksPath when set, else the repository's hooks/).
// Refuses with Error(usage) to replace a hook coop did not write unless
// `force`; Error(usage) outside git, Error(io) when it cannot write.
HookResult install_pre_commit_hook(const std::filesystem::path& ledger_root,
                                   const std::filesystem::path& coop, bool force);

} // namespace coop
