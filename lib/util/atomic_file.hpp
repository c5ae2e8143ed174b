#pragma once
// Writing a file so that readers see the old content or the new, never half.
#include <filesystem>
#include <string_view>

namespace coop {

// Writes `content` to a temporary file beside `path`, fsyncs it and renames it
// over `path`. Throws Error(io) and leaves `path` untouched on failure.
void write_file_atomic(const std::filesystem::path& path, std::string_view content);

} // namespace coop
