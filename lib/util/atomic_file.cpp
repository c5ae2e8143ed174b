#include "util/atomic_file.hpp"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <string>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <fmt/format.h>

namespace coop {

std::optional<std::string> write_file_atomic(const std::filesystem::path& path,
                                             std::string_view content) {
    std::string tmp = path.string() + ".XXXXXX";
    const int fd = ::mkstemp(tmp.data());
    const auto fail = [&](const char* what) {
        const int err = errno;
        if (fd >= 0) ::close(fd);
        ::unlink(tmp.c_str());
        return fmt::format("cannot {} '{}': {}", what, path.string(), std::strerror(err));
    };
    if (fd < 0) return fail("create a temporary file for");
    ::fchmod(fd, 0644);
    for (std::size_t done = 0; done < content.size();) {
        const ssize_t n = ::write(fd, content.data() + done, content.size() - done);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) return fail("write");
        done += static_cast<std::size_t>(n);
    }
    if (::fsync(fd) != 0) return fail("sync");
    if (::close(fd) != 0) {
        const int err = errno;
        ::unlink(tmp.c_str());
        return fmt::format("cannot write '{}': {}", path.string(), std::strerror(err));
    }
    if (::rename(tmp.c_str(), path.c_str()) != 0) {
        const int err = errno;
        ::unlink(tmp.c_str());
        return fmt::format("cannot replace '{}': {}", path.string(), std::strerror(err));
    }
    return std::nullopt;
}

} // namespace coop
