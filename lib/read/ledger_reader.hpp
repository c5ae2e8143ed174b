#pragma once
// Reading a whole ledger directory into the model.
#include <filesystem>
#include <optional>

#include "model/diagnostic.hpp"
#include "model/ledger.hpp"

namespace coop {

struct ReadOptions {
    unsigned threads = 0; // 0: one per core
};

// The directory `start` or its nearest parent that holds a coop.yaml, as git
// finds its repository from a subdirectory.
std::optional<std::filesystem::path> find_ledger_root(const std::filesystem::path& start);

// Reads every ledger file under `root`. What is wrong inside files goes to
// `diags` (all of it, not the first problem only); a root that cannot be read
// at all throws Error(io). The result does not depend on the thread count.
Ledger read_ledger(const std::filesystem::path& root, Diagnostics& diags,
                   const ReadOptions& options = {});

} // namespace coop
