#pragma once
// The text of a line of a ledger file, to show under a diagnostic: the file
// on disk, or the text a command is about to write in its place.
#include <cstdint>
#include <filesystem>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace coop {

class SourceLines {
  public:
    explicit SourceLines(std::filesystem::path root) : root_(std::move(root)) {}
    // Lines of `rel` come from `text` from now on, not from the disk.
    void set_text(const std::string& rel, std::string text);
    // Line `line` (1-based) of `rel`, without its line break (the breaks of
    // util/line_breaks, as the reader counts them); empty when unknown.
    std::string_view line(const std::string& rel, std::uint32_t line);

  private:
    struct File {
        std::string text;
        std::vector<std::size_t> starts; // where each line starts
    };
    const File& file(const std::string& rel);

    std::filesystem::path root_;
    std::map<std::string, File, std::less<>> files_;
};

} // namespace coop
