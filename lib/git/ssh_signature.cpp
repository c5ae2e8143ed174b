#include "git/ssh_signature.hpp"

#include <optional>

#include <fmt/format.h>

#include "model/error.hpp"
#include "util/os_error.hpp"
#include "util/subprocess.hpp"
#include "util/temp_file.hpp"

namespace coop::git {

namespace {

struct Extracted {
    std::string signature;
    std::string payload;
};

class Buf {
  public:
    Buf() = default;
    ~Buf() { git_buf_dispose(&buf_); }
    Buf(const Buf&) = delete;
    Buf& operator=(const Buf&) = delete;
    git_buf* get() { return &buf_; }
    std::string str() const { return buf_.ptr ? std::string(buf_.ptr, buf_.size) : std::string(); }

  private:
    git_buf buf_ = GIT_BUF_INIT;
};

// Nothing when the commit is not signed.
std::optional<Extracted> extract(git_repository* repo, const git_oid& id) {
    Buf sig, data;
    git_oid copy = id;
    const int rc = git_commit_extract_signature(sig.get(), data.get(), repo, &copy, nullptr);
    if (rc == GIT_ENOTFOUND) return std::nullopt;
    check(rc, "cannot read a commit's signature");
    return Extracted{sig.str(), data.str()};
}

std::string one_line(std::string s) {
    while (!s.empty() && (s.back() == '\n' || s.back() == '\r' || s.back() == ' '))
        s.pop_back();
    for (char& c : s)
        if (c == '\n' || c == '\r') c = ' ';
    return s;
}

// "<email> <key>" lines; a key with a line break (not a key) is left out.
std::string allowed_signers(const std::string& email, const std::vector<std::string>& keys) {
    std::string out;
    for (const auto& key : keys)
        if (key.find_first_of("\r\n") == std::string::npos)
            out += fmt::format("{} {}\n", email, key);
    return out;
}

bool plain_principal(const std::string& email) {
    return !email.empty() && email.find_first_of(" \t\r\n,\"*?!") == std::string::npos;
}

} // namespace

std::string_view status_name(SignatureStatus s) {
    switch (s) {
    case SignatureStatus::good:
        return "good";
    case SignatureStatus::bad:
        return "bad";
    case SignatureStatus::unknown_key:
        return "unknown key";
    case SignatureStatus::unsigned_:
        return "unsigned";
    }
    return "unsigned";
}

bool is_signed(git_repository* repo, const git_oid& id) {
    return extract(repo, id).has_value();
}

static SignatureCheck check_signature_or_throw(git_repository* repo, const git_oid& id,
                                               const std::string& email,
                                               const std::vector<std::string>& keys) {
    const auto found = extract(repo, id);
    if (!found) return {SignatureStatus::unsigned_, {}};
    if (!found->signature.starts_with("-----BEGIN SSH SIGNATURE-----"))
        return {SignatureStatus::bad, "not an SSH signature"};
    const TempFile sig(found->signature);
    if (plain_principal(email) && !keys.empty()) {
        const TempFile allowed(allowed_signers(email, keys));
        const ProcessResult verify =
            run_process({"ssh-keygen", "-Y", "verify", "-f", allowed.path().string(), "-I", email,
                         "-n", "git", "-s", sig.path().string()},
                        found->payload);
        if (verify.status == 0) return {SignatureStatus::good, one_line(verify.out)};
    }
    // Not one of the author's keys: is it a valid signature at all?
    const ProcessResult any = run_process(
        {"ssh-keygen", "-Y", "check-novalidate", "-n", "git", "-s", sig.path().string()},
        found->payload);
    if (any.status == 0) return {SignatureStatus::unknown_key, one_line(any.out)};
    return {SignatureStatus::bad, one_line(any.err.empty() ? any.out : any.err)};
}

SignatureCheck check_signature(git_repository* repo, const git_oid& id, const std::string& email,
                               const std::vector<std::string>& keys) {
    try {
        return check_signature_or_throw(repo, id, email, keys);
    } catch (const OsError& e) { // ssh-keygen not installed, no temporary file
        throw Error(ErrorKind::io, e.what());
    }
}

} // namespace coop::git
