#pragma once
// Reading a chosen few files of a ledger into the model, through the same
// read_ledger_files as `coop validate`: what a writing command needs to check
// one new entry without reading the thousands of files it cannot affect.
#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "model/diagnostic.hpp"
#include "model/ledger.hpp"

namespace coop {

struct PartialRead {
    // Paths relative to the root, besides coop.yaml (always read). Files that
    // do not exist are left out, as if they were not in the ledger.
    std::vector<std::string> files;
    // Files read from this text instead of the disk: what they would be. A
    // path here is read even when it is not in `files`.
    std::map<std::string, std::string, std::less<>> texts;
};

// What is wrong inside the files goes to `diags` (unsorted).
Ledger read_partial_ledger(const std::filesystem::path& root, const PartialRead& what,
                           Diagnostics& diags);

} // namespace coop
