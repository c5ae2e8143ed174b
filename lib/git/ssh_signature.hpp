#pragma once
// SSH-signed commits (git -c gpg.format=ssh commit -S), checked the way git
// checks them: `ssh-keygen -Y verify` against an allowed-signers list.
#include <string>
#include <string_view>
#include <vector>

#include "git/handles.hpp"

namespace coop::git {

enum class SignatureStatus {
    good,        // signed by one of the keys given
    bad,         // a signature that does not verify (or not an SSH one)
    unknown_key, // a valid signature, by a key that is not among those given
    unsigned_,   // no signature
};

// "good", "bad", "unknown key", "unsigned".
std::string_view status_name(SignatureStatus s);

struct SignatureCheck {
    SignatureStatus status = SignatureStatus::unsigned_;
    std::string detail; // what ssh-keygen said, on one line
};

// Whether commit `id` carries a signature, without checking it.
bool is_signed(git_repository* repo, const git_oid& id);

// Checks the signature of commit `id` for the principal `email` against
// `keys` ("ssh-ed25519 AAAA... comment", as members list them). Runs
// ssh-keygen (openssh-client) with temporary files that are always removed;
// throws Error(io) when ssh-keygen cannot be run.
SignatureCheck check_signature(git_repository* repo, const git_oid& id, const std::string& email,
                               const std::vector<std::string>& keys);

} // namespace coop::git
