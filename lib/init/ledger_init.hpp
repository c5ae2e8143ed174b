#pragma once
// `coop init`: a new, valid, empty ledger.
#include <filesystem>
#include <string>
#include <vector>

namespace coop {

struct InitOptions {
    std::string name; // the co-op's name; empty: the folder's name
    std::string currency = "EUR";
};

struct InitResult {
    std::vector<std::string> created; // paths relative to the ledger, in creation order
    bool created_repository = false;  // false: the folder was already in a git repository
};

// Creates coop.yaml, the folders, the schemas, an example CI file and a git
// repository (unless `dir` is inside one). Refuses a folder that already holds a
// coop.yaml, and writes nothing when the options are wrong.
InitResult init_ledger(const std::filesystem::path& dir, const InitOptions& options);

} // namespace coop
