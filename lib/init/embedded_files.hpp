#pragma once
// Files of the source tree built into the binary (cmake/embed_files.cmake),
// so `coop init` copies them into a new ledger without finding them on disk.
#include <span>
#include <string_view>

namespace coop {

struct EmbeddedFile {
    std::string_view name; // "contribution.schema.json"
    std::string_view content;
};

// schema/*.json
std::span<const EmbeddedFile> embedded_schemas();
// examples/ci/github-actions.yml: the workflow of a new ledger.
std::span<const EmbeddedFile> embedded_ci_workflow();

} // namespace coop
