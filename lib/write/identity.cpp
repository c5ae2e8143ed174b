#include "write/identity.hpp"

#include <algorithm>
#include <vector>

#include <fmt/format.h>

#include "git/commit_file.hpp"
#include "model/error.hpp"
#include "model/layout.hpp"
#include "model/option.hpp"
#include "read/fields.hpp"
#include "read/partial_reader.hpp"
#include "util/file_read.hpp"

namespace fs = std::filesystem;

namespace coop {

namespace {

std::string lower(std::string_view s) {
    std::string out(s);
    for (char& ch : out)
        if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
    return out;
}

std::string checked_handle(const fs::path& root, const std::string& handle, std::string_view from) {
    if (const auto problem = handle_problem(handle))
        throw Error(ErrorKind::usage, fmt::format("{} (from {})", *problem, from));
    std::error_code ec;
    if (!fs::is_regular_file(root / member_path(handle), ec))
        throw Error(ErrorKind::usage, fmt::format("unknown member '{}' (from {}): there is no {}; "
                                                  "join with coop member add {}",
                                                  handle, from, member_path(handle), handle));
    return handle;
}

} // namespace

// The members whose files mention `email` at all, then the ones whose
// `emails` really hold it: a text search spares reading every member file.
std::vector<std::string> members_with_email(const fs::path& root, const std::string& email) {
    const std::string needle = lower(email);
    PartialRead candidates;
    std::error_code ec;
    for (fs::directory_iterator it(root / "members", ec), end; !ec && it != end; it.increment(ec)) {
        const std::string name = it->path().filename().string();
        if (name.starts_with(".") || !name.ends_with(".yaml") || !it->is_regular_file(ec)) continue;
        if (const auto text = read_whole_file(it->path());
            text && lower(*text).find(needle) != std::string::npos)
            candidates.files.push_back("members/" + name);
    }
    std::vector<std::string> found;
    if (candidates.files.empty()) return found;
    Diagnostics ignored;
    const Ledger l = read_partial_ledger(root, candidates, ignored);
    for (const Member& m : l.members)
        for (std::string_view e : m.emails)
            if (lower(e) == needle) {
                found.emplace_back(m.handle);
                break;
            }
    return found;
}

std::string resolve_me(const fs::path& root, const IdentityHints& hints) {
    if (!hints.as.empty()) return checked_handle(root, hints.as, option_ref(Option::as));
    if (!hints.env.empty()) return checked_handle(root, hints.env, "COOP_MEMBER");
    const auto email = git::user_email(root);
    if (!email)
        throw Error(ErrorKind::usage,
                    fmt::format("who are you? no {0}, no COOP_MEMBER, and git has no user.email; "
                                "set git config user.email to an address in members/<you>.yaml "
                                "emails, or pass {0} HANDLE",
                                option_ref(Option::as)));
    const auto found = members_with_email(root, *email);
    if (found.empty())
        throw Error(ErrorKind::usage,
                    fmt::format("who are you? no {0}, no COOP_MEMBER, and git's user.email '{1}' "
                                "belongs to no member; add it to members/<you>.yaml emails or "
                                "pass {0} HANDLE",
                                option_ref(Option::as), *email));
    if (found.size() > 1)
        throw Error(ErrorKind::usage,
                    fmt::format("who are you? git's user.email '{}' belongs to several members "
                                "({}); an address must identify one member: pass {} HANDLE",
                                *email, fmt::join(found, ", "), option_ref(Option::as)));
    return found.front();
}

} // namespace coop
