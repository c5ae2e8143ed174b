// O1: contributions/**/H.yaml, reviews/**/H.yaml, stances/**/H.yaml and
// revenue/YYYY/MM/H.yaml change only in commits by an e-mail of H (revenue: H
// a treasurer); the v1 revenue/YYYY/MM.yaml only by a treasurer;
// members/H.yaml by H; proposals/** by the proposer. Roles, another member's
// `left` and coop.yaml are not O1's: they are decided by proposal, and the
// change is handed to O6 (enactment.cpp).
#include <fmt/format.h>

#include "audit/commit_rules.hpp"
#include "model/layout.hpp"
#include "model/option.hpp"

namespace coop::audit {

namespace {

std::string roles_text(const MemberInfo* m) {
    if (!m || !m->treasurer) return "none";
    return "treasurer"; // steward (v1) is read and ignored
}

std::string left_text(const std::optional<Date>& d) {
    return d ? format_date(*d) : "null";
}

// Whether the commit's author owns the file of `handle`: the owner as of the
// parent, or a member who joins in this very commit by their own file.
bool owns(const CommitView& c, const std::string& handle) {
    const MemberInfo* owner = c.members_before.by_handle(handle);
    if (!owner) owner = c.members_after.by_handle(handle);
    return owner && owner->has_email(c.meta.author_email);
}

bool check_owner(const CommitView& c, const std::string& path, const std::string& handle,
                 std::vector<Finding>& out) {
    if (owns(c, handle)) return true;
    out.push_back(c.finding("O1", path,
                            fmt::format("changed by {}, but the file is {}'s",
                                        who(c.members_before, c.meta.author_email), handle)));
    return false;
}

void check_member_file(const CommitView& c, const std::string& path, const std::string& handle,
                       std::vector<Finding>& out, std::vector<GovernedChange>& governed) {
    const MemberInfo* old = c.members_before.by_handle(handle);
    const MemberInfo* now = c.members_after.by_handle(handle);
    const bool self = owns(c, handle);
    const std::string by = who(c.members_before, c.meta.author_email);
    const std::string roles_before = roles_text(old), roles_after = roles_text(now);
    bool decided = false;
    if (now && roles_before != roles_after) {
        governed.push_back(
            {path,
             old ? fmt::format("{} changed {}'s roles from {} to {}", by, handle, roles_before,
                               roles_after)
                 : fmt::format("{} added {} with the roles {}", by, handle, roles_after),
             fmt::format("roles are granted by proposal: coop propose {} {}={}",
                         option_ref(Option::roles), handle,
                         roles_after == "none" ? "" : roles_after)});
        decided = true;
    }
    if (!self && old && now && old->left != now->left) {
        governed.push_back(
            {path,
             fmt::format("{} changed {}'s left from {} to {}", by, handle, left_text(old->left),
                         left_text(now->left)),
             fmt::format("a member is removed by proposal: coop propose {} {} {} DATE",
                         option_ref(Option::remove), handle, option_ref(Option::left))});
        decided = true;
    }
    // An enactment writes another member's file; O6 checks it changes nothing else.
    if (!self && !decided && !c.enactment)
        out.push_back(
            c.finding("O1", path, fmt::format("changed by {}, but the file is {}'s", by, handle)));
}

} // namespace

std::string who(const MemberSet& members, const std::string& email) {
    if (const MemberInfo* m = members.by_email(email))
        return fmt::format("{} ({})", email, m->handle);
    return fmt::format("{} (not a member)", email);
}

void check_ownership(const CommitView& c, const FileChange& f, const std::string& proposer,
                     std::vector<Finding>& out, std::vector<GovernedChange>& governed) {
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
        governed.push_back({path, fmt::format("{} changed coop.yaml", who(c.members_before, email)),
                            "the policy is changed by proposal: coop propose " +
                                option_ref(Option::policy) + " KEY=VALUE"});
        break;
    case FileKind::member:
        check_member_file(c, path, where.handle, out, governed);
        break;
    case FileKind::proposal:
        if (!proposer.empty() && !owns(c, proposer))
            out.push_back(c.finding("O1", path,
                                    fmt::format("changed by {}, but the proposal is {}'s",
                                                who(c.members_before, email), proposer)));
        break;
    case FileKind::payments: // what was paid is recorded by a treasurer (O2: only once)
        if (!author || !author->treasurer)
            out.push_back(c.finding(
                "O1", path,
                fmt::format("{} by {}, who is not a treasurer",
                            f.change.added() ? "payments recorded" : "payments record changed",
                            who(c.members_before, email))));
        break;
    case FileKind::statement:  // anyone may commit a statement: O4 recomputes it
    case FileKind::unexpected: // not a ledger file: coop validate reports it
        break;
    }
}

} // namespace coop::audit
