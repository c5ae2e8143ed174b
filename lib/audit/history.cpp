#include "audit/history.hpp"

#include <fmt/format.h>

#include "audit/ledger_history.hpp"
#include "git/ssh_signature.hpp"
#include "model/error.hpp"

namespace coop::audit {

namespace {

bool wanted(const std::string& key, const std::string& id) {
    return key == id || (key.starts_with("review:") && key.size() > id.size() + 8 &&
                         key.compare(7, id.size(), id) == 0 && key[7 + id.size()] == ':');
}

std::string signature_status(LedgerHistory& h, const CommitMeta& meta, const MemberSet& members) {
    if (!git::is_signed(h.repo(), meta.id)) return "unsigned";
    const MemberInfo* m = members.by_email(meta.author_email);
    const std::vector<std::string> none;
    const auto r = git::check_signature(h.repo(), meta.id, meta.author_email, m ? m->keys : none);
    return std::string(git::status_name(r.status));
}

} // namespace

void check_history_id(const std::string& id) {
    const bool ok =
        !id.empty() && id.size() <= 200 && id.find_first_of(" \t\r\n/") == std::string::npos;
    if (!ok)
        throw Error(ErrorKind::usage,
                    fmt::format("'{}' is not an entry id; give a contribution id "
                                "(alice-20261103-k7q2), a revenue id (rev-20261110-acme) or a "
                                "review as review:<contribution id>:<reviewer>",
                                id));
}

std::vector<HistoryEvent> entry_history(const std::filesystem::path& ledger_root,
                                        const std::string& id) {
    check_history_id(id);
    LedgerHistory h(ledger_root, "coop history");
    std::vector<HistoryEvent> out;
    for (const git_oid& oid : h.commits({})) {
        const git::Commit commit = h.lookup(oid);
        if (git_commit_parentcount(commit.get()) > 1) continue; // its sides hold the changes
        const git::Tree after = h.ledger_tree(commit.get());
        const git::Tree before = h.parent_ledger_tree(commit.get());
        std::optional<CommitMeta> meta;
        std::string signature;
        for (const git::TreeChange& ch : h.changes(before.get(), after.get())) {
            if (!holds_entries(ch.path)) continue;
            const auto changes = diff_entries(h.entries(ch.before, ch.path, h.policy(before.get())),
                                              h.entries(ch.after, ch.path, h.policy(after.get())));
            for (const EntryChange& e : changes) {
                if (!wanted(e.entry.key, id)) continue;
                if (!meta) {
                    meta = commit_meta(commit.get());
                    const MemberSet& keys =
                        before ? h.members(before.get()) : h.members(after.get());
                    signature = signature_status(h, *meta, keys);
                }
                out.push_back({meta->hex, meta->author_name, meta->author_email, meta->date,
                               signature, ch.path, e});
            }
        }
    }
    return out;
}

} // namespace coop::audit
