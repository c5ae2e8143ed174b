#pragma once
#include <filesystem>
#include <optional>

#include "git/handles.hpp"

namespace coop::git {

// The repository that holds `path` (itself or a parent), if any.
std::optional<Repository> discover(const std::filesystem::path& path);

// A new repository at `dir` (like `git init`), with HEAD on `main`.
Repository init(const std::filesystem::path& dir);

} // namespace coop::git
