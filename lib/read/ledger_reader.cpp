#include "read/ledger_reader.hpp"

#include <algorithm>
#include <atomic>
#include <cstring>
#include <memory>
#include <thread>

#include <fmt/format.h>

#include "model/error.hpp"
#include "model/layout.hpp"
#include "read/conflict_markers.hpp"
#include "read/file_readers.hpp"
#include "read/ordered_parallel.hpp"
#include "read/symlinks.hpp"
#include "util/file_read.hpp"
#include "util/text_index.hpp"

namespace fs = std::filesystem;

namespace coop {

namespace {

std::string rel_path(const fs::path& p, const fs::path& root) {
    return p.lexically_relative(root).generic_string();
}

// Paths in byte order, coop.yaml first (FileId 0); unexpected ones reported, not read.
std::vector<std::string> classify_all(std::vector<std::string> paths, Diagnostics& diags) {
    std::sort(paths.begin(), paths.end());
    paths.erase(std::unique(paths.begin(), paths.end()), paths.end());
    std::vector<std::string> files;
    files.reserve(paths.size() + 1);
    files.emplace_back("coop.yaml");
    for (auto& rel : paths) {
        if (rel == "coop.yaml") continue;
        const LedgerPath where = classify_path(rel);
        if (where.kind == FileKind::unexpected) {
            diags.error(rel, 1, 1,
                        fmt::format("unexpected file: files here are named {}", where.expected));
            continue;
        }
        files.push_back(std::move(rel));
    }
    return files;
}

std::string_view expected_content(const LedgerPath& where) {
    switch (where.kind) {
    case FileKind::policy:
        return "the co-op's policy";
    case FileKind::member:
        return "a member";
    case FileKind::contributions:
        return "'member' and 'entries'";
    case FileKind::reviews:
        return "'reviewer' and 'entries'";
    case FileKind::revenue:
        return where.handle.empty() ? "'entries'" : "'treasurer' and 'entries'";
    case FileKind::proposal:
        return "a proposal";
    case FileKind::stances:
        return "'member' and 'entries'";
    default:
        return "a mapping";
    }
}

// Reads one file into `out`; `text` is the caller's buffer, reused from file to file.
void read_one(const FileSource& source, const FileContext& ctx, std::string& text, FileResult& out,
              Policy* policy, PolicyHealth* health) {
    text.clear();
    if (const int err = source.load(ctx.path, text)) {
        out.diags.error(ctx.path, 1, 1, fmt::format("cannot read file: {}", std::strerror(err)));
        out.complete = false;
        return;
    }
    if (const auto conflicts = conflict_lines(text); !conflicts.empty()) {
        for (const std::uint32_t line : conflicts)
            out.diags.error(ctx.path, line, 1,
                            "unresolved merge conflict; keep what both sides meant, remove the "
                            "markers (<<<<<<<, =======, >>>>>>>) and commit the file");
        out.complete = false;
        return;
    }
    YamlCursor c(text, ctx.path, out.diags);
    if (!c.begin_document()) {
        if (!c.failed())
            out.diags.error(ctx.path, 1, 1,
                            fmt::format("empty file; expected {}", expected_content(ctx.where)));
        out.complete = !c.failed();
        return;
    }
    switch (ctx.where.kind) {
    case FileKind::policy:
        *health = read_policy_file(c, *policy, out.diags);
        break;
    case FileKind::member:
        read_member_file(c, ctx, out);
        break;
    case FileKind::contributions:
        read_contribution_file(c, ctx, out);
        break;
    case FileKind::reviews:
        read_review_file(c, ctx, out);
        break;
    case FileKind::revenue:
        read_revenue_file(c, ctx, out);
        break;
    case FileKind::proposal:
        read_proposal_file(c, ctx, out);
        break;
    case FileKind::stances:
        read_stance_file(c, ctx, out);
        break;
    case FileKind::statement: // payout statements are checked by `coop payout --check`
    case FileKind::payments:  // checked against their statement by coop validate
    case FileKind::unexpected:
        c.skip();
        break;
    }
    c.end_document();
    out.complete = !c.failed();
}

// Moves one file's result into the ledger: contributions and reviews made
// compact (their text interned, their ids resolved), members and revenue whole.
class Merger {
  public:
    explicit Merger(Ledger& l) : l_(l), ids_(0, IdText{&l}) {}

    void merge(FileId id, FileKind kind, std::string_view handle, FileResult& r) {
        l_.first_entry[id] = static_cast<std::uint32_t>(
            kind == FileKind::reviews ? l_.reviews.size() : l_.contributions.size());
        if (!r.complete) l_.incomplete_files.push_back(id);
        if (kind == FileKind::contributions || kind == FileKind::reviews ||
            kind == FileKind::stances || (kind == FileKind::revenue && !handle.empty()))
            l_.owned_files.push_back({id, l_.names.intern(handle), r.owner_pos});
        for (const ParsedContribution& p : r.contributions) {
            const Sym member = l_.names.intern(p.member);
            const Sym kind_sym = l_.names.intern(p.kind);
            const Sym project = l_.names.intern(p.project);
            l_.contributions.push_back(
                {id, l_.names.add(p.id), member, p.date, p.minutes, kind_sym, project});
        }
        for (const ParsedReview& p : r.reviews) {
            Review v{id, l_.names.intern(p.reviewer), no_symbol, no_entry, p.date, p.score};
            if (const auto found = ids_.find(p.contribution)) {
                v.target = *found;
                v.contribution = l_.contributions[*found].id;
            } else {
                v.contribution = l_.names.add(p.contribution);
            }
            l_.reviews.push_back(v);
        }
        for (Member& m : r.members)
            l_.members.push_back(std::move(m));
        for (RevenueEntry& e : r.revenue)
            l_.revenue.push_back(std::move(e));
        for (Proposal& p : r.proposals)
            l_.proposals.push_back(std::move(p));
        for (Stance& s : r.stances)
            l_.stances.push_back(std::move(s));
        if (!r.members.empty() || !r.revenue.empty() || !r.proposals.empty() || !r.stances.empty())
            l_.pools.push_back(std::move(r.pool));
    }

    // Before the reviews: every contribution is in, so their ids can be found.
    void index_contributions() {
        // Room for four reviews a contribution, reserved but not touched: pages
        // cost memory only once written, and a vector that grows by doubling
        // near the end would hold the reviews twice for a moment.
        l_.reviews.reserve(l_.contributions.size() * 4);
        ids_ = TextIndex<IdText>(l_.contributions.size(), IdText{&l_});
        for (std::uint32_t i = 0; i < l_.contributions.size(); ++i)
            ids_.insert(i);
    }

  private:
    struct IdText {
        const Ledger* l;
        std::string_view operator()(std::uint32_t i) const {
            return l->name(l->contributions[i].id);
        }
    };
    Ledger& l_;
    TextIndex<IdText> ids_;
};

} // namespace

std::optional<fs::path> find_ledger_root(const fs::path& start) {
    std::error_code ec;
    fs::path dir = fs::absolute(start, ec);
    if (ec) return std::nullopt;
    for (;;) {
        if (fs::is_regular_file(dir / "coop.yaml", ec)) return dir;
        if (!dir.has_parent_path() || dir.parent_path() == dir) return std::nullopt;
        dir = dir.parent_path();
    }
}

std::vector<std::string> list_ledger_files(const fs::path& root, Diagnostics& diags) {
    std::vector<std::string> paths;
    std::error_code ec;
    if (fs::exists(root / "coop.yaml", ec)) paths.push_back("coop.yaml");
    for (std::string_view folder : ledger_folders) {
        const fs::path dir = root / folder;
        if (fs::symlink_status(dir, ec).type() == fs::file_type::symlink) {
            // A link to another ledger's members (or anything) is not this ledger's.
            diags.error(std::string(folder), 1, 1,
                        symlink_message(folder, fs::is_directory(dir, ec)));
            continue;
        }
        if (!fs::is_directory(dir, ec)) continue;
        fs::recursive_directory_iterator it(dir, ec), end;
        if (ec)
            throw Error(ErrorKind::io,
                        fmt::format("cannot read '{}': {}", dir.string(), ec.message()));
        for (; it != end; it.increment(ec)) {
            if (ec)
                throw Error(ErrorKind::io,
                            fmt::format("cannot read '{}': {}", dir.string(), ec.message()));
            const fs::directory_entry& entry = *it;
            const std::string name = entry.path().filename().string();
            if (!name.empty() && name[0] == '.') { // editor and lock files, .gitkeep
                if (entry.is_directory()) it.disable_recursion_pending();
                continue;
            }
            const std::string rel = rel_path(entry.path(), root);
            if (entry.is_symlink()) {
                diags.error(rel, 1, 1, symlink_message(rel, entry.is_directory()));
                continue;
            }
            if (entry.is_regular_file())
                paths.push_back(rel);
            else if (entry.is_directory() && name.ends_with(".yaml"))
                diags.error(rel, 1, 1, "a folder named like a ledger file; rename it");
        }
    }
    return paths;
}

Ledger read_ledger(const fs::path& root, Diagnostics& diags, const ReadOptions& options) {
    return read_ledger_files(list_ledger_files(root, diags), std::make_shared<DiskSource>(root),
                             diags, options);
}

int DiskSource::load(const std::string& rel, std::string& text) const {
    return read_whole_file(root_ / rel, text);
}

Ledger read_ledger_files(std::vector<std::string> paths, std::shared_ptr<const FileSource> source,
                         Diagnostics& diags, const ReadOptions& options) {
    Ledger ledger;
    ledger.source = std::move(source);
    std::vector<FileKind> kinds;
    for (std::string& rel : classify_all(std::move(paths), diags)) {
        kinds.push_back(classify_path(rel).kind);
        ledger.files.push_back(rel);
        std::string().swap(rel); // the paths exist once, in the ledger
    }
    ledger.first_entry.assign(ledger.files.size(), 0);

    // The policy first: reading the other files needs the currency and the scale.
    {
        FileResult policy;
        const std::string rel(ledger.files[0]);
        const LedgerPath where = classify_path(rel);
        const FileContext ctx{0, rel, where, ledger.policy};
        PolicyHealth health;
        std::string text;
        read_one(*ledger.source, ctx, text, policy, &ledger.policy, &health);
        diags.append(std::move(policy.diags));
        if (!policy.complete) ledger.incomplete_files.push_back(0);
        ledger.kinds_ok = health.read && health.kinds_ok && policy.complete;
        ledger.rules_ok = health.read && health.rules_ok && policy.complete;
        ledger.projects_ok = health.read && health.projects_ok && policy.complete;
    }

    // Then every other file, reviews last: by then all contributions are in,
    // and a review's contribution is found as it is merged.
    std::vector<FileId> order;
    order.reserve(ledger.files.size());
    for (const bool reviews : {false, true})
        for (FileId f = 1; f < ledger.files.size(); ++f)
            if ((kinds[f] == FileKind::reviews) == reviews) order.push_back(f);
    const auto first_review = static_cast<std::size_t>(
        std::find_if(order.begin(), order.end(),
                     [&](FileId f) { return kinds[f] == FileKind::reviews; }) -
        order.begin());

    unsigned threads = options.threads ? options.threads : std::thread::hardware_concurrency();
    threads = std::clamp<unsigned>(threads, 1, 16);
    threads = std::min<unsigned>(threads, static_cast<unsigned>(order.size() / 8 + 1));
    Merger merger(ledger);
    const auto read = [&](std::size_t k, std::string& text, FileResult& out) {
        const FileId f = order[k];
        const std::string rel(ledger.files[f]);
        const LedgerPath where = classify_path(rel);
        const FileContext ctx{f, rel, where, ledger.policy};
        read_one(*ledger.source, ctx, text, out, nullptr, nullptr);
    };
    const auto merge = [&](std::size_t k, FileResult& r) {
        if (k == first_review) merger.index_contributions();
        const FileId f = order[k];
        diags.append(std::move(r.diags));
        merger.merge(f, kinds[f], classify_path(ledger.files[f]).handle, r);
    };
    read_in_order<FileResult>(order.size(), threads, read, merge);

    std::sort(ledger.incomplete_files.begin(), ledger.incomplete_files.end());
    std::sort(ledger.members.begin(), ledger.members.end(),
              [](const Member& a, const Member& b) { return a.handle < b.handle; });
    std::sort(ledger.proposals.begin(), ledger.proposals.end(),
              [](const Proposal& a, const Proposal& b) { return a.id < b.id; });
    return ledger;
}

FileResult reread_file(const Ledger& ledger, FileId f) {
    FileResult out;
    if (!ledger.source || f >= ledger.files.size()) return out;
    const std::string rel(ledger.files[f]);
    const LedgerPath where = classify_path(rel);
    const FileContext ctx{f, rel, where, ledger.policy};
    std::string text;
    read_one(*ledger.source, ctx, text, out, nullptr, nullptr);
    return out;
}

} // namespace coop
