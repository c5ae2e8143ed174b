#pragma once
// The text of a line of a ledger file, to show under a diagnostic.
#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace coop {

class SourceLines {
  public:
    explicit SourceLines(std::filesystem::path root) : root_(std::move(root)) {}
    // Line `line` (1-based) of `rel`, without its newline; empty when unknown.
    const std::string& line(const std::string& rel, std::uint32_t line);

  private:
    std::filesystem::path root_;
    std::map<std::string, std::vector<std::string>> files_;
};

} // namespace coop
