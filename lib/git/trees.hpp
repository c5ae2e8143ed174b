#pragma once
// Reading commits, trees and blobs by path: what `coop audit`, `coop history`
// and the closed-period checks need to see the ledger as it was at a commit.
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "git/handles.hpp"

namespace coop::git {

// 40 hexadecimal digits, and the first 7 of them (of an id, or of its hex text).
std::string hex(const git_oid& id);
std::string short_hex(const git_oid& id);
std::string short_hex(std::string_view hex);

// The commit `rev` names (an id, a branch, a tag, HEAD~3). Throws Error(usage)
// when it names no commit.
Commit resolve_commit(git_repository* repo, const std::string& rev);

// The commits of HEAD, oldest first (parents before children); with `since`,
// only those that are not in the history of `since` (as in `git log
// since..HEAD`). Empty on an unborn branch.
std::vector<git_oid> head_history(git_repository* repo, const std::string& since = {});

// HEAD's commit, or nothing on an unborn branch.
std::optional<Commit> head_commit(git_repository* repo);

Tree commit_tree(const git_commit* commit);

// The tree at `path` ('/'-separated) inside `tree`; empty `path`: a new handle
// on `tree` itself. Null when there is no such tree (or `tree` is null).
Tree subtree(git_repository* repo, const git_tree* tree, const std::string& path);

// The id of the blob at `path` inside `tree`, if there is one.
std::optional<git_oid> blob_id(const git_tree* tree, const std::string& path);

// The blob's bytes. Throws Error(io) when it cannot be read.
std::string blob_text(git_repository* repo, const git_oid& id);

// Where the ledger at `ledger_root` sits in the repository's work tree: "" at
// its top, else "books/" ('/'-terminated). Throws Error(usage) for a bare
// repository or a ledger outside the work tree.
std::string ledger_prefix(git_repository* repo, const std::filesystem::path& ledger_root);

// The repository holding `ledger_root`; throws Error(usage) naming `what`
// (the command) when there is none.
Repository open_for(const std::filesystem::path& ledger_root, const std::string& what);

} // namespace coop::git
