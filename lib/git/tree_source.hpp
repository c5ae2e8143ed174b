#pragma once
// The ledger as it was at a commit: a FileSource over a git tree, so that
// read_ledger_files reads it exactly as it reads the working tree.
#include <map>
#include <mutex>
#include <string>
#include <vector>

#include "git/handles.hpp"
#include "model/diagnostic.hpp"
#include "read/ledger_reader.hpp"

namespace coop::git {

class TreeSource : public FileSource {
  public:
    // `ledger` is the ledger's own tree (the folder holding coop.yaml), which
    // the source does not own; it must outlive the source.
    TreeSource(git_repository* repo, const git_tree* ledger);

    // The ledger files of the tree ('/'-separated, relative to the ledger),
    // as list_ledger_files finds them on disk: coop.yaml and the files under
    // the ledger folders, hidden names skipped; symbolic links reported.
    std::vector<std::string> list(Diagnostics& diags);

    int load(const std::string& rel, std::string& text) const override;

  private:
    git_repository* repo_;
    const git_tree* tree_;
    std::map<std::string, git_oid, std::less<>> blobs_; // filled by list()
    mutable std::mutex mutex_; // libgit2 objects are not shared between threads
};

// Reads the whole ledger of `ledger` (a ledger tree) as read_ledger reads a
// directory. The ledger reads from the tree again to place its messages: the
// repository and the tree must outlive it.
Ledger read_ledger_at(git_repository* repo, const git_tree* ledger, Diagnostics& diags,
                      const ReadOptions& options = {});

} // namespace coop::git
