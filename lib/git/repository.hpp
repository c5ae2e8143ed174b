#pragma once
#include <filesystem>
#include <optional>
#include <string>

#include "git/handles.hpp"

namespace coop::git {

// The repository that holds `path` (itself or a parent), if any.
std::optional<Repository> discover(const std::filesystem::path& path);

// The branch HEAD is on ("main"), also before its first commit; "main" when
// HEAD is detached.
std::string current_branch(const Repository& repo);

// A new repository at `dir` (like `git init`), with HEAD on `main`.
Repository init(const std::filesystem::path& dir);

} // namespace coop::git
