// O3: with signed-commits: true, every commit carries an SSH signature that
// ssh-keygen accepts for one of the author's keys, as of the parent commit.
#include <fmt/format.h>

#include "audit/commit_rules.hpp"
#include "git/ssh_signature.hpp"

namespace coop::audit {

void check_signature(LedgerHistory& h, const CommitView& c, bool genesis,
                     std::vector<Finding>& out) {
    const std::string& email = c.meta.author_email;
    // The genesis commit has no members before it: its own are the only keys.
    const MemberSet& members = genesis ? c.members_after : c.members_before;
    const MemberInfo* m = members.by_email(email);
    const std::vector<std::string> none;
    const git::SignatureCheck r =
        git::check_signature(h.repo(), c.meta.id, email, m ? m->keys : none);
    switch (r.status) {
    case git::SignatureStatus::good:
        return;
    case git::SignatureStatus::unsigned_:
        out.push_back(c.finding("O3", "", "unsigned, but coop.yaml requires signed commits"));
        return;
    case git::SignatureStatus::bad:
        out.push_back(c.finding("O3", "", fmt::format("bad signature ({})", r.detail)));
        return;
    case git::SignatureStatus::unknown_key:
        if (!m)
            out.push_back(c.finding("O3", "",
                                    fmt::format("signed, but {} is not a member's e-mail, so no "
                                                "key of theirs is known",
                                                email)));
        else if (m->keys.empty())
            out.push_back(
                c.finding("O3", "", fmt::format("signed, but {} lists no keys", m->handle)));
        else
            out.push_back(c.finding(
                "O3", "",
                fmt::format("signed with a key that is not one of {}'s keys", m->handle)));
        return;
    }
}

} // namespace coop::audit
