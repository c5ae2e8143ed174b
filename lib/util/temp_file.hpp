#pragma once
// A private temporary file that is removed when its owner goes, on every path.
#include <filesystem>
#include <string_view>

namespace coop {

class TempFile {
  public:
    // Creates the file (mode 0600) in the temporary directory with `content`.
    // Throws OsError when it cannot.
    explicit TempFile(std::string_view content);
    ~TempFile();
    TempFile(const TempFile&) = delete;
    TempFile& operator=(const TempFile&) = delete;

    const std::filesystem::path& path() const { return path_; }

  private:
    std::filesystem::path path_;
};

} // namespace coop
