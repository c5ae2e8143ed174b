#pragma once
// Owning wrappers for libgit2 handles: every handle is freed exactly once, on
// every path, with no cleanup labels.
#include <memory>
#include <string>

#include <git2.h>

namespace coop::git {

template <auto Free> struct Deleter {
    template <typename T> void operator()(T* p) const { Free(p); }
};

using Repository = std::unique_ptr<git_repository, Deleter<git_repository_free>>;
using Config = std::unique_ptr<git_config, Deleter<git_config_free>>;
using Index = std::unique_ptr<git_index, Deleter<git_index_free>>;
using Tree = std::unique_ptr<git_tree, Deleter<git_tree_free>>;
using Commit = std::unique_ptr<git_commit, Deleter<git_commit_free>>;
using Signature = std::unique_ptr<git_signature, Deleter<git_signature_free>>;
using Reference = std::unique_ptr<git_reference, Deleter<git_reference_free>>;
using Object = std::unique_ptr<git_object, Deleter<git_object_free>>;
using Revwalk = std::unique_ptr<git_revwalk, Deleter<git_revwalk_free>>;
using Diff = std::unique_ptr<git_diff, Deleter<git_diff_free>>;
using Blob = std::unique_ptr<git_blob, Deleter<git_blob_free>>;
using TreeEntry = std::unique_ptr<git_tree_entry, Deleter<git_tree_entry_free>>;
using Remote = std::unique_ptr<git_remote, Deleter<git_remote_free>>;
using ReferenceIterator =
    std::unique_ptr<git_reference_iterator, Deleter<git_reference_iterator_free>>;

// libgit2's last error message (git_error_last may be NULL in 1.5).
std::string last_error();

// Throws Error(io) with `what` and libgit2's message when `rc` < 0.
void check(int rc, const std::string& what);

} // namespace coop::git
