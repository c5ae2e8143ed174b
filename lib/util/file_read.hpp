#pragma once
// Reading a whole file into memory.
#include <filesystem>
#include <optional>
#include <string>

namespace coop {

// Appends the file's bytes to `out`; returns 0, or the errno that stopped it.
int read_whole_file(const std::filesystem::path& path, std::string& out);

// The file's bytes, or nothing when it cannot be read (missing, a folder, ...).
std::optional<std::string> read_whole_file(const std::filesystem::path& path);

} // namespace coop
