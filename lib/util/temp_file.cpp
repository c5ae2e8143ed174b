#include "util/temp_file.hpp"

#include <cerrno>
#include <cstring>
#include <string>
#include <vector>

#include <stdlib.h>
#include <unistd.h>

#include <fmt/format.h>

#include "util/os_error.hpp"

namespace fs = std::filesystem;

namespace coop {

TempFile::TempFile(std::string_view content) {
    std::error_code ec;
    fs::path dir = fs::temp_directory_path(ec);
    if (ec) dir = "/tmp";
    std::string name = (dir / "coop-XXXXXX").string();
    std::vector<char> buf(name.begin(), name.end());
    buf.push_back('\0');
    const int fd = ::mkstemp(buf.data());
    if (fd < 0)
        throw OsError(fmt::format("cannot create a temporary file in '{}': {}", dir.string(),
                                  std::strerror(errno)));
    path_ = buf.data();
    std::size_t done = 0;
    while (done < content.size()) {
        const ssize_t n = ::write(fd, content.data() + done, content.size() - done);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) {
            const int err = errno;
            ::close(fd);
            ::unlink(path_.c_str());
            throw OsError(fmt::format("cannot write the temporary file '{}': {}", path_.string(),
                                      std::strerror(err)));
        }
        done += static_cast<std::size_t>(n);
    }
    ::close(fd);
}

TempFile::~TempFile() {
    ::unlink(path_.c_str());
}

} // namespace coop
