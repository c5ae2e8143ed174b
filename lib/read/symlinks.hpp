#pragma once
// Symbolic links inside a ledger: coop reads and writes only what is in it,
// so a link (to a file or a folder, to another ledger or anywhere) is refused.
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace coop {

// The message for a link at `rel` (a path inside the ledger): what to do.
std::string symlink_message(std::string_view rel, bool folder);

// The first part of `rel` (a path inside `root`: "members/zoe.yaml") that is a
// symbolic link, as a path inside the ledger ("members"), and whether it
// points to a folder; nullopt when no part is a link.
struct LinkInPath {
    std::string rel;
    bool folder = false;
};
std::optional<LinkInPath> symlink_in_path(const std::filesystem::path& root, std::string_view rel);

} // namespace coop
