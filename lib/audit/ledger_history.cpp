#include "audit/ledger_history.hpp"

#include <fmt/format.h>

#include "git/trees.hpp"
#include "model/layout.hpp"
#include "read/file_readers.hpp"
#include "read/yaml_cursor.hpp"

namespace coop::audit {

namespace {

// The cache key of an object id, or "" for none.
std::string key_of(const std::optional<git_oid>& id) {
    return id ? std::string(reinterpret_cast<const char*>(id->id), GIT_OID_RAWSZ) : std::string();
}

std::optional<git_oid> tree_entry_id(const git_tree* tree, const char* name) {
    if (!tree) return std::nullopt;
    const git_tree_entry* e = git_tree_entry_byname(tree, name);
    if (!e) return std::nullopt;
    return *git_tree_entry_id(e);
}

bool ledger_file(const std::string& path, bool is_tree) {
    const auto name = path.rfind('/');
    if (path[name == std::string::npos ? 0 : name + 1] == '.') return false; // as the reader
    const auto slash = path.find('/');
    const std::string_view top = std::string_view(path).substr(0, slash);
    if (slash == std::string::npos && !is_tree) return top == "coop.yaml";
    for (std::string_view folder : ledger_folders)
        if (top == folder) return true;
    return false;
}

std::string format_time(std::int64_t time, int offset) {
    const std::int64_t local = time + std::int64_t{offset} * 60;
    std::int64_t days = local / 86400;
    std::int64_t secs = local % 86400;
    if (secs < 0) {
        secs += 86400;
        --days;
    }
    const Date d = civil_from_days(days);
    const int off = offset < 0 ? -offset : offset;
    return fmt::format("{} {:02}:{:02} {}{:02}{:02}", format_date(d), secs / 3600, secs / 60 % 60,
                       offset < 0 ? '-' : '+', off / 60, off % 60);
}

} // namespace

CommitMeta commit_meta(const git_commit* commit) {
    CommitMeta m;
    m.id = *git_commit_id(commit);
    m.hex = git::hex(m.id);
    const git_signature* a = git_commit_author(commit);
    m.author_name = a->name ? a->name : "";
    m.author_email = a->email ? a->email : "";
    m.time = a->when.time;
    m.offset = a->when.offset;
    m.date = format_time(m.time, m.offset);
    return m;
}

LedgerHistory::LedgerHistory(const std::filesystem::path& ledger_root, const std::string& what)
    : repo_(git::open_for(ledger_root, what)),
      prefix_(git::ledger_prefix(repo_.get(), ledger_root)) {}

std::vector<git_oid> LedgerHistory::commits(const std::string& since) const {
    return git::head_history(repo(), since);
}

git::Commit LedgerHistory::lookup(const git_oid& id) const {
    git_commit* raw = nullptr;
    git::check(git_commit_lookup(&raw, repo(), &id), "cannot read a commit");
    return git::Commit(raw);
}

git::Tree LedgerHistory::ledger_tree(const git_commit* commit) const {
    const git::Tree top = git::commit_tree(commit);
    if (prefix_.empty()) return git::subtree(repo(), top.get(), "");
    return git::subtree(repo(), top.get(), prefix_.substr(0, prefix_.size() - 1));
}

git::Tree LedgerHistory::parent_ledger_tree(const git_commit* commit) const {
    if (git_commit_parentcount(commit) == 0) return nullptr;
    git_commit* raw = nullptr;
    git::check(git_commit_parent(&raw, commit, 0), "cannot read a parent commit");
    const git::Commit parent(raw);
    return ledger_tree(parent.get());
}

std::vector<git::TreeChange> LedgerHistory::changes(const git_tree* before,
                                                    const git_tree* after) const {
    return git::diff_trees(repo(), before, after, ledger_file);
}

const Policy& LedgerHistory::policy(const git_tree* ledger) {
    const auto id = tree_entry_id(ledger, "coop.yaml");
    const std::string key = key_of(id);
    if (const auto it = policies_.find(key); it != policies_.end()) return it->second;
    Policy p;
    if (id) {
        const std::string text = git::blob_text(repo(), *id);
        Diagnostics ignored;
        YamlCursor c(text, "coop.yaml", ignored);
        if (c.begin_document()) {
            read_policy_file(c, p, ignored);
            c.end_document();
        }
    }
    return policies_.emplace(key, std::move(p)).first->second;
}

const MemberSet& LedgerHistory::members(const git_tree* ledger) {
    const auto id = tree_entry_id(ledger, "members");
    const std::string key = key_of(id);
    if (const auto it = members_.find(key); it != members_.end()) return it->second;
    MemberSet set;
    const git::Tree dir = id ? git::subtree(repo(), ledger, "members") : nullptr;
    const Policy policy;
    for (std::size_t i = 0; dir && i < git_tree_entrycount(dir.get()); ++i) {
        const git_tree_entry* e = git_tree_entry_byindex(dir.get(), i);
        const std::string rel = fmt::format("members/{}", git_tree_entry_name(e));
        const LedgerPath where = classify_path(rel);
        if (where.kind != FileKind::member || git_tree_entry_type(e) != GIT_OBJECT_BLOB) continue;
        const std::string text = git::blob_text(repo(), *git_tree_entry_id(e));
        FileResult r;
        const FileContext ctx{0, rel, where, policy};
        YamlCursor c(text, rel, r.diags);
        if (c.begin_document()) {
            read_member_file(c, ctx, r);
            c.end_document();
        }
        for (const Member& m : r.members) {
            MemberInfo info{std::string(m.handle), {}, m.treasurer, {}, m.left};
            for (auto e2 : m.emails)
                info.emails.emplace_back(e2);
            for (auto k : m.keys)
                info.keys.emplace_back(k);
            set.members.push_back(std::move(info));
        }
    }
    return members_.emplace(key, std::move(set)).first->second;
}

const std::vector<ClosedPeriod>& LedgerHistory::closed(const git_tree* ledger) {
    const auto id = tree_entry_id(ledger, "payouts");
    const std::string key = key_of(id);
    if (const auto it = closed_.find(key); it != closed_.end()) return it->second;
    std::vector<ClosedPeriod> out;
    const git::Tree dir = id ? git::subtree(repo(), ledger, "payouts") : nullptr;
    for (std::size_t i = 0; dir && i < git_tree_entrycount(dir.get()); ++i) {
        const git_tree_entry* e = git_tree_entry_byindex(dir.get(), i);
        const std::string rel = fmt::format("payouts/{}", git_tree_entry_name(e));
        if (const auto p = statement_period(rel)) out.push_back({*p, rel});
    }
    return closed_.emplace(key, std::move(out)).first->second;
}

std::vector<EntryRecord> LedgerHistory::entries(const git_oid& blob, const std::string& rel,
                                                const Policy& policy) const {
    if (git_oid_is_zero(&blob)) return {};
    return read_entry_records(text(blob), rel, policy);
}

std::string LedgerHistory::text(const git_oid& blob) const {
    return git::blob_text(repo(), blob);
}

} // namespace coop::audit
