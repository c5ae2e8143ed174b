// O1: contributions/**/H.yaml, reviews/**/H.yaml and revenue/YYYY/MM/H.yaml
// change only in commits by an e-mail of H; revenue/** only by a treasurer; coop.yaml only by a
// steward; members/H.yaml by H or a steward, and only a steward changes roles. While the co-op has
// no steward (right after the genesis commit), members/ is open: that is how the first steward is
// named.
#include <fmt/format.h>

#include "audit/commit_rules.hpp"
#include "model/layout.hpp"

namespace coop::audit {

namespace {

std::string roles_text(const MemberInfo* m) {
    if (!m || (!m->treasurer && !m->steward)) return "none";
    if (m->treasurer && m->steward) return "treasurer, steward";
    return m->treasurer ? "treasurer" : "steward";
}

// Whether the commit's author owns the file of `handle`: the owner as of the
// parent, or a member who joins in this very commit by their own file.
bool check_owner(const CommitView& c, const std::string& path, const std::string& handle,
                 std::vector<Finding>& out) {
    const std::string& email = c.meta.author_email;
    const MemberInfo* owner = c.members_before.by_handle(handle);
    if (!owner) owner = c.members_after.by_handle(handle);
    if (owner && owner->has_email(email)) return true;
    out.push_back(c.finding(
        "O1", path,
        fmt::format("changed by {}, but the file is {}'s", who(c.members_before, email), handle)));
    return false;
}

void check_member_file(const CommitView& c, const std::string& path, const std::string& handle,
                       std::vector<Finding>& out) {
    const std::string& email = c.meta.author_email;
    const MemberInfo* author = c.members_before.by_email(email);
    if ((author && author->steward) || !c.members_before.any_steward()) return;
    const MemberInfo* old = c.members_before.by_handle(handle);
    const MemberInfo* now = c.members_after.by_handle(handle);
    // Joining is self-selected: a new member file may be written by its member.
    const bool self = old ? old->has_email(email) : (now && now->has_email(email));
    if (!self) {
        out.push_back(c.finding("O1", path,
                                fmt::format("changed by {}, who is neither {} nor a steward",
                                            who(c.members_before, email), handle)));
        return;
    }
    const std::string before = roles_text(old), after = roles_text(now);
    if (now && before != after)
        out.push_back(c.finding("O1", path,
                                fmt::format("{} changed {}'s roles from {} to {}; only a steward "
                                            "may change roles",
                                            who(c.members_before, email), handle, before, after)));
}

} // namespace

std::string who(const MemberSet& members, const std::string& email) {
    if (const MemberInfo* m = members.by_email(email))
        return fmt::format("{} ({})", email, m->handle);
    return fmt::format("{} (not a member)", email);
}

void check_ownership(const CommitView& c, const FileChange& f, std::vector<Finding>& out) {
    const std::string& path = f.change.path;
    const std::string& email = c.meta.author_email;
    const LedgerPath where = classify_path(path);
    const MemberInfo* author = c.members_before.by_email(email);
    switch (where.kind) {
    case FileKind::contributions:
    case FileKind::reviews:
    case FileKind::stances:
        check_owner(c, path, where.handle, out);
        break;
    case FileKind::revenue:
        // revenue/YYYY/MM/<handle>.yaml is its treasurer's; the v1 file any treasurer's.
        if (!where.handle.empty() && !check_owner(c, path, where.handle, out)) break;
        if (!author || !author->treasurer)
            out.push_back(c.finding("O1", path,
                                    fmt::format("changed by {}, who is not a treasurer",
                                                who(c.members_before, email))));
        break;
    case FileKind::policy:
        if (!author || !author->steward)
            out.push_back(c.finding(
                "O1", path,
                fmt::format("changed by {}, who is not a steward", who(c.members_before, email))));
        break;
    case FileKind::member:
        check_member_file(c, path, where.handle, out);
        break;
    case FileKind::proposal:
    case FileKind::statement:  // anyone may commit a statement: O4 recomputes it
    case FileKind::unexpected: // not a ledger file: coop validate reports it
        break;
    }
}

} // namespace coop::audit
