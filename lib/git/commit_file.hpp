#pragma once
// Committing files without touching anything else the user has staged.
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace coop::git {

// The repository's user.email, read through libgit2's configuration of the
// repository holding `path` (repository, global and system files), or of the
// default files when `path` is in no repository.
std::optional<std::string> user_email(const std::filesystem::path& path);
// The same for user.name.
std::optional<std::string> user_name(const std::filesystem::path& path);

// Commits `file` with `content` (what is now on disk) on HEAD, with the user's
// git identity and `message`: the new tree is HEAD's tree with this one blob
// replaced, so whatever else is staged stays staged and out of the commit; then
// the index entry of just this path is set to the new blob. Works on an unborn
// HEAD. Returns the new commit's id. Throws Error(usage) when the file is not
// in a git work tree or git does not know who the user is, Error(io) when a
// git operation fails.
// With `signing_key` (git's user.signingkey), the commit is signed as `git
// -c gpg.format=ssh commit -S` signs it: ssh-keygen -Y sign over the commit's
// text, stored in its gpgsig header. Throws Error(io) when signing fails.
std::string commit_file(const std::filesystem::path& file, std::string_view content,
                        const std::string& message, const std::string& signing_key = {});

struct FileContent {
    std::filesystem::path file; // on disk, in the work tree
    std::string_view content;   // what is on disk
};

// The same for several files in one commit.
std::string commit_files(const std::vector<FileContent>& files, const std::string& message,
                         const std::string& signing_key = {});

// git's user.signingkey for the repository holding `path`, or nothing.
std::optional<std::string> signing_key(const std::filesystem::path& path);

} // namespace coop::git
