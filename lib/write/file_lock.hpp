#pragma once
// A lock on one ledger file, as git locks its index: `.<name>.lock` beside the
// file, created with O_EXCL, removed when the lock goes out of scope. The
// leading dot keeps the ledger reader from taking it for a ledger file.
#include <chrono>
#include <filesystem>

namespace coop {

class FileLock {
  public:
    // Waits up to `patience` for another coop to release the file; throws
    // Error(io) naming the lock file when it does not.
    explicit FileLock(const std::filesystem::path& file,
                      std::chrono::milliseconds patience = std::chrono::seconds(10));
    ~FileLock();
    FileLock(const FileLock&) = delete;
    FileLock& operator=(const FileLock&) = delete;

    const std::filesystem::path& path() const { return lock_; }

  private:
    std::filesystem::path lock_;
};

} // namespace coop
