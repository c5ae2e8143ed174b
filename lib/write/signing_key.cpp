#include "write/signing_key.hpp"

#include <fmt/format.h>

#include "git/commit_file.hpp"
#include "model/error.hpp"

namespace coop {

std::string signing_key_for(const std::filesystem::path& root, bool required,
                            std::string_view instead) {
    if (!required) return {};
    const auto key = git::signing_key(root);
    if (!key)
        throw Error(ErrorKind::usage,
                    fmt::format("coop.yaml says signed-commits: true, and git has no "
                                "user.signingkey to sign with; run git config user.signingkey "
                                "~/.ssh/id_ed25519.pub (a key listed in your members file), {}",
                                instead));
    return *key;
}

} // namespace coop
