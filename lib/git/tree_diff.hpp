#pragma once
// The files that differ between two trees, found by comparing entry ids level
// by level: a subtree whose id did not change is never opened, so a commit
// that changes one file costs a few tree reads, however big the ledger.
#include <functional>
#include <string>
#include <vector>

#include "git/handles.hpp"

namespace coop::git {

struct TreeChange {
    std::string path; // '/'-separated, relative to the trees compared
    git_oid before{}; // zero: the file is new
    git_oid after{};  // zero: the file was removed
    bool added() const { return git_oid_is_zero(&before); }
    bool removed() const { return git_oid_is_zero(&after); }
};

// Whether to look into (a folder) or report (a file) `path`.
using PathFilter = std::function<bool(const std::string& path, bool is_tree)>;

// The files (blobs) added, removed or changed from `before` to `after`, in
// path order; either tree may be null (no files). A path that is a file on one
// side and a folder on the other is a removal plus additions.
std::vector<TreeChange> diff_trees(git_repository* repo, const git_tree* before,
                                   const git_tree* after, const PathFilter& want);

} // namespace coop::git
