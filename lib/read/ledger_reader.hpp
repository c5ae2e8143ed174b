#pragma once
// Reading a whole ledger directory into the model.
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "model/diagnostic.hpp"
#include "model/ledger.hpp"

namespace coop {

struct ReadOptions {
    unsigned threads = 0; // 0: one per core
};

// Where the files' text comes from: the working tree, or a git tree for
// `coop audit`. `load` is called from several threads at once.
class FileSource {
  public:
    virtual ~FileSource() = default;
    // Fills `text` with the file at `rel`; returns 0, or an errno-style code.
    virtual int load(const std::string& rel, std::string& text) const = 0;
};

// The working tree.
class DiskSource : public FileSource {
  public:
    explicit DiskSource(std::filesystem::path root) : root_(std::move(root)) {}
    int load(const std::string& rel, std::string& text) const override;

  private:
    std::filesystem::path root_;
};

// The ledger files under `root` on disk ('/'-separated, relative), with
// complaints about symbolic links.
std::vector<std::string> list_ledger_files(const std::filesystem::path& root, Diagnostics& diags);

// Reads the ledger made of `paths` (coop.yaml and the files under the ledger
// folders; anything else there is reported as unexpected) from `source`, which
// the ledger keeps to find its entries' places again.
Ledger read_ledger_files(std::vector<std::string> paths, std::shared_ptr<const FileSource> source,
                         Diagnostics& diags, const ReadOptions& options = {});

// The directory `start` or its nearest parent that holds a coop.yaml, as git
// finds its repository from a subdirectory.
std::optional<std::filesystem::path> find_ledger_root(const std::filesystem::path& start);

// Reads every ledger file under `root`. What is wrong inside files goes to
// `diags` (all of it, not the first problem only); a root that cannot be read
// at all throws Error(io). The result does not depend on the thread count.
Ledger read_ledger(const std::filesystem::path& root, Diagnostics& diags,
                   const ReadOptions& options = {});

} // namespace coop
