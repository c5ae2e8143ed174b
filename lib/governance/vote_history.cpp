#include "governance/vote_history.hpp"

#include <fmt/format.h>

#include "git/repository.hpp"
#include "git/tree_diff.hpp"
#include "git/trees.hpp"
#include "read/file_readers.hpp"
#include "read/ledger_reader.hpp"
#include "read/yaml_cursor.hpp"

namespace coop {

namespace {

std::optional<git_oid> entry_id(const git_tree* tree, const char* name) {
    if (!tree) return std::nullopt;
    const git_tree_entry* e = git_tree_entry_byname(tree, name);
    if (!e) return std::nullopt;
    return *git_tree_entry_id(e);
}

bool same(const std::optional<git_oid>& a, const std::optional<git_oid>& b) {
    return a ? b && git_oid_equal(&*a, &*b) : !b;
}

std::vector<Stance> stances_in(git_repository* repo, const git_oid& blob, const std::string& rel,
                               StringPool& keep) {
    if (git_oid_is_zero(&blob)) return {};
    const std::string text = git::blob_text(repo, blob);
    const LedgerPath where = classify_path(rel);
    if (where.kind != FileKind::stances) return {};
    FileResult r;
    const Policy policy;
    const FileContext ctx{0, rel, where, policy};
    YamlCursor c(text, rel, r.diags);
    if (c.begin_document()) {
        read_stance_file(c, ctx, r);
        c.end_document();
    }
    for (Stance& s : r.stances) { // the views outlive the file's pool
        s.proposal = keep.store(s.proposal);
        s.reason = keep.store(s.reason);
        s.member = keep.store(s.member);
    }
    return std::move(r.stances);
}

git_oid blob_hash(std::string_view text) {
    git_oid id;
    git::check(git_odb_hash(&id, text.data(), text.size(), GIT_OBJECT_BLOB), "cannot hash a file");
    return id;
}

} // namespace

std::string stance_key(const Stance& s) {
    return fmt::format("{}\n{}\n{}\n{}\n{}", s.member, s.proposal, format_date(s.date),
                       stance_name(s.stance), s.reason);
}

std::vector<std::string> proposal_trailers(const char* message) {
    std::vector<std::string> out;
    git_message_trailer_array trailers{};
    if (!message || git_message_trailers(&trailers, message) < 0) return out;
    for (std::size_t i = 0; i < trailers.count; ++i)
        if (std::string_view(trailers.trailers[i].key) == "Coop-Proposal")
            out.emplace_back(trailers.trailers[i].value);
    git_message_trailer_array_free(&trailers);
    return out;
}

void VoteHistory::record(git_repository* repo, const git_commit* commit, const git_tree* before,
                         const git_tree* after) {
    if (commit)
        for (std::string& id : proposal_trailers(git_commit_message(commit)))
            enacted_[std::move(id)] = git::hex(*git_commit_id(commit));
    const auto proposals_before = entry_id(before, "proposals");
    const auto proposals_after = entry_id(after, "proposals");
    if (!same(proposals_before, proposals_after) && proposals_after) {
        const git::Tree a = git::subtree(repo, after, "proposals");
        const git::Tree b = git::subtree(repo, before, "proposals");
        for (const git::TreeChange& ch : git::diff_trees(
                 repo, b.get(), a.get(), [](const std::string&, bool) { return true; })) {
            const LedgerPath where = classify_path("proposals/" + ch.path);
            if (where.kind != FileKind::proposal || ch.removed() || governance_.count(where.id))
                continue;
            Governance g;
            if (const auto coop = git::blob_id(after, "coop.yaml")) {
                const std::string key(reinterpret_cast<const char*>(coop->id), GIT_OID_RAWSZ);
                if (const auto it = policy_cache_.find(key); it != policy_cache_.end()) {
                    g = it->second;
                } else {
                    Policy p;
                    Diagnostics ignored;
                    const std::string text = git::blob_text(repo, *coop);
                    YamlCursor c(text, "coop.yaml", ignored);
                    if (c.begin_document()) {
                        read_policy_file(c, p, ignored);
                        c.end_document();
                    }
                    g = policy_cache_.emplace(key, p.governance).first->second;
                }
            }
            governance_.emplace(where.id, g);
        }
    }
    const auto stances_before = entry_id(before, "stances");
    const auto stances_after = entry_id(after, "stances");
    if (same(stances_before, stances_after) || !stances_after) return;
    const git::Tree a = git::subtree(repo, after, "stances");
    const git::Tree b = git::subtree(repo, before, "stances");
    StringPool keep;
    for (const git::TreeChange& ch :
         git::diff_trees(repo, b.get(), a.get(), [](const std::string&, bool) { return true; })) {
        const std::string rel = "stances/" + ch.path;
        std::map<std::string, int> old;
        for (const Stance& s : stances_in(repo, ch.before, rel, keep))
            ++old[stance_key(s)];
        for (const Stance& s : stances_in(repo, ch.after, rel, keep)) {
            std::string key = stance_key(s);
            if (auto it = old.find(key); it != old.end() && it->second > 0) {
                --it->second;
                continue;
            }
            if (saw_.count(key)) continue;
            git_oid then{};
            if (const auto path = proposal_path(s.proposal))
                if (const auto id = git::blob_id(after, *path)) then = *id;
            saw_.emplace(std::move(key), then);
        }
    }
}

StaleStances VoteHistory::stale(const Ledger& l) const {
    StaleStances out(l.stances.size(), 0);
    std::map<std::string_view, std::optional<git_oid>> now; // proposal id -> its blob now
    for (std::size_t i = 0; i < l.stances.size(); ++i) {
        const Stance& s = l.stances[i];
        const auto it = saw_.find(stance_key(s));
        if (it == saw_.end()) continue;
        auto [p, fresh] = now.try_emplace(s.proposal);
        if (fresh) {
            std::string text;
            const auto path = proposal_path(s.proposal);
            if (path && l.source && l.source->load(*path, text) == 0) p->second = blob_hash(text);
        }
        out[i] = !p->second || !git_oid_equal(&*p->second, &it->second);
    }
    return out;
}

std::optional<Governance> VoteHistory::governance_of(std::string_view id) const {
    const auto it = governance_.find(id);
    if (it == governance_.end()) return std::nullopt;
    return it->second;
}

std::optional<std::string> VoteHistory::enacted_in(std::string_view id) const {
    const auto it = enacted_.find(id);
    if (it == enacted_.end()) return std::nullopt;
    return it->second;
}

std::optional<VoteHistory> read_vote_history(const std::filesystem::path& root) {
    auto repo = git::discover(root);
    if (!repo || git_repository_is_bare(repo->get())) return std::nullopt;
    const std::string prefix = git::ledger_prefix(repo->get(), root);
    const auto ledger_tree = [&](const git_commit* c) {
        const git::Tree top = git::commit_tree(c);
        return git::subtree(repo->get(), top.get(),
                            prefix.empty() ? "" : prefix.substr(0, prefix.size() - 1));
    };
    VoteHistory h;
    for (const git_oid& id : git::head_history(repo->get())) {
        git_commit* raw = nullptr;
        git::check(git_commit_lookup(&raw, repo->get(), &id), "cannot read a commit");
        const git::Commit c(raw);
        if (git_commit_parentcount(c.get()) > 1)
            continue; // a merge brings stances written elsewhere
        git::Tree before;
        if (git_commit_parentcount(c.get()) == 1) {
            git_commit* p = nullptr;
            git::check(git_commit_parent(&p, c.get(), 0), "cannot read a parent commit");
            const git::Commit parent(p);
            before = ledger_tree(parent.get());
        }
        const git::Tree after = ledger_tree(c.get());
        h.record(repo->get(), c.get(), before.get(), after.get());
    }
    return h;
}

Governance governance_for(const Ledger& l, const Proposal& p, const VoteHistory* history) {
    if (history)
        if (const auto g = history->governance_of(p.id)) return *g;
    return l.policy.governance;
}

} // namespace coop
