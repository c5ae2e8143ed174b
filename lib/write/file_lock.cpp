#include "write/file_lock.hpp"

#include <cerrno>
#include <cstring>
#include <thread>

#include <fcntl.h>
#include <unistd.h>

#include <fmt/format.h>

#include "model/error.hpp"

namespace coop {

FileLock::FileLock(const std::filesystem::path& file, std::chrono::milliseconds patience)
    : lock_(file.parent_path() / ("." + file.filename().string() + ".lock")) {
    const auto deadline = std::chrono::steady_clock::now() + patience;
    auto pause = std::chrono::milliseconds(1);
    for (;;) {
        const int fd = ::open(lock_.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
        if (fd >= 0) {
            ::close(fd);
            return;
        }
        const int err = errno;
        if (err != EEXIST)
            throw Error(ErrorKind::io, fmt::format("cannot create the lock file '{}': {}",
                                                   lock_.string(), std::strerror(err)));
        if (std::chrono::steady_clock::now() >= deadline)
            throw Error(ErrorKind::io,
                        fmt::format("'{}' is locked by another coop (waited {} s); if none is "
                                    "running, remove '{}'",
                                    file.string(), patience.count() / 1000, lock_.string()));
        std::this_thread::sleep_for(pause);
        pause = std::min(pause * 2, std::chrono::milliseconds(20));
    }
}

FileLock::~FileLock() {
    ::unlink(lock_.c_str());
}

} // namespace coop
