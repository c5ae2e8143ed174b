#pragma once
// The JSON Schemas of schema/, built into the binary.
#include <span>
#include <string_view>

namespace coop {

struct EmbeddedFile {
    std::string_view name; // "contribution.schema.json"
    std::string_view content;
};

std::span<const EmbeddedFile> embedded_schemas();

} // namespace coop
