#pragma once
// What `git status` would list: the files whose index or work-tree version
// differs from HEAD.
#include <string>
#include <vector>

#include "git/handles.hpp"

namespace coop::git {

// The files under `prefix` ('/'-terminated, or "" for the whole work tree)
// that are staged, modified, deleted, renamed or untracked (not ignored),
// relative to `prefix`, sorted and without duplicates.
std::vector<std::string> uncommitted_paths(git_repository* repo, const std::string& prefix);

} // namespace coop::git
