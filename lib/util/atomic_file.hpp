#pragma once
// Writing a file so that readers see the old content or the new, never half.
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace coop {

// Writes `content` to a temporary file beside `path`, fsyncs it and renames it
// over `path`. On failure, leaves `path` untouched and returns what failed
// ("cannot write 'x': No space left on device"); nullopt when written.
[[nodiscard]] std::optional<std::string> write_file_atomic(const std::filesystem::path& path,
                                                           std::string_view content);

} // namespace coop
