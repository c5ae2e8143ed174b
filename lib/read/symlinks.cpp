#include "read/symlinks.hpp"

#include <fmt/format.h>

namespace fs = std::filesystem;

namespace coop {

std::string symlink_message(std::string_view rel, bool folder) {
    if (folder)
        return fmt::format("'{}' is a symbolic link to a folder; symbolic links are not read: "
                           "make it a folder of this ledger",
                           rel);
    return "symbolic links are not read; keep ledger files inside the ledger";
}

std::optional<LinkInPath> symlink_in_path(const fs::path& root, std::string_view rel) {
    fs::path at = root;
    fs::path inside;
    for (const fs::path& part : fs::path(rel)) {
        at /= part;
        inside /= part;
        std::error_code ec;
        if (fs::symlink_status(at, ec).type() == fs::file_type::symlink)
            return LinkInPath{inside.generic_string(), fs::is_directory(at, ec)};
        if (ec) return std::nullopt; // not there (yet): nothing below it is a link
    }
    return std::nullopt;
}

} // namespace coop
