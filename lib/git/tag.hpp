#pragma once
// Annotated tags, as `git tag -a` makes them.
#include <string>

#include "git/handles.hpp"

namespace coop::git {

bool tag_exists(git_repository* repo, const std::string& name);

// Tags commit `target` as `name` with `message`, the tagger being git's
// user.name and user.email. Throws Error(usage) when git does not know the
// user, Error(io) when the tag cannot be written (or already exists).
void create_annotated_tag(git_repository* repo, const std::string& name, const git_oid& target,
                          const std::string& message);

} // namespace coop::git
