#pragma once
// "Me": who runs a writing command.
#include <filesystem>
#include <string>
#include <vector>

namespace coop {

struct IdentityHints {
    std::string as;  // --as HANDLE, or empty
    std::string env; // COOP_MEMBER, or empty
};

// --as, else COOP_MEMBER, else the member whose `emails` hold git's
// user.email (repository, global or system configuration). Throws
// Error(usage) naming what was tried when none of them gives a member.
std::string resolve_me(const std::filesystem::path& root, const IdentityHints& hints);

// The handles of the members whose `emails` hold `email` (ignoring ASCII case).
std::vector<std::string> members_with_email(const std::filesystem::path& root,
                                            const std::string& email);

} // namespace coop
