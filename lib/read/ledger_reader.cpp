#include "read/ledger_reader.hpp"

#include <algorithm>
#include <atomic>
#include <cstring>
#include <thread>


#include <fmt/format.h>

#include "model/error.hpp"
#include "read/file_readers.hpp"
#include "read/ledger_path.hpp"
#include "util/file_read.hpp"

namespace fs = std::filesystem;

namespace coop {

namespace {

struct FoundFile {
    std::string rel;
    LedgerPath where;
};

std::string rel_path(const fs::path& p, const fs::path& root) {
    return p.lexically_relative(root).generic_string();
}

// Paths in byte order with what they are; unexpected ones reported, not read.
std::vector<FoundFile> classify_all(std::vector<std::string> paths, Diagnostics& diags) {
    std::sort(paths.begin(), paths.end());
    paths.erase(std::unique(paths.begin(), paths.end()), paths.end());
    std::vector<FoundFile> files;
    files.push_back({"coop.yaml", classify_path("coop.yaml")}); // always first: FileId 0
    for (auto& rel : paths) {
        if (rel == "coop.yaml") continue;
        LedgerPath where = classify_path(rel);
        if (where.kind == FileKind::unexpected) {
            diags.error(rel, 1, 1,
                        fmt::format("unexpected file: files here are named {}", where.expected));
            continue;
        }
        files.push_back({std::move(rel), std::move(where)});
    }
    return files;
}

class DiskSource : public FileSource {
  public:
    explicit DiskSource(fs::path root) : root_(std::move(root)) {}
    int load(const std::string& rel, std::string& text) const override {
        return read_whole_file(root_ / rel, text);
    }

  private:
    fs::path root_;
};

std::string_view expected_content(FileKind kind) {
    switch (kind) {
    case FileKind::policy:
        return "the co-op's policy";
    case FileKind::member:
        return "a member";
    case FileKind::contributions:
        return "'member' and 'entries'";
    case FileKind::reviews:
        return "'reviewer' and 'entries'";
    case FileKind::revenue:
        return "'entries'";
    default:
        return "a mapping";
    }
}

void read_one(const FileSource& source, const FoundFile& f, const FileContext& ctx, FileResult& out,
              Policy* policy, PolicyHealth* health) {
    std::string text;
    if (const int err = source.load(f.rel, text)) {
        out.diags.error(f.rel, 1, 1, fmt::format("cannot read file: {}", std::strerror(err)));
        out.complete = false;
        return;
    }
    // About a third of a file's bytes is text worth keeping (ids, summaries).
    out.pool.reserve(text.size() / 3 + 64);
    YamlCursor c(text, f.rel, out.diags);
    if (!c.begin_document()) {
        if (!c.failed())
            out.diags.error(f.rel, 1, 1,
                            fmt::format("empty file; expected {}", expected_content(f.where.kind)));
        out.complete = !c.failed();
        return;
    }
    switch (f.where.kind) {
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
    case FileKind::statement: // payout statements are checked by `coop payout --check`
    case FileKind::unexpected:
        c.skip();
        break;
    }
    c.end_document();
    out.complete = !c.failed();
}

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
                diags.error(rel, 1, 1,
                            "symbolic links are not read; keep ledger files inside the ledger");
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
    return read_ledger_files(list_ledger_files(root, diags), DiskSource(root), diags, options);
}

Ledger read_ledger_files(std::vector<std::string> paths, const FileSource& source,
                         Diagnostics& diags, const ReadOptions& options) {
    Ledger ledger;
    const std::vector<FoundFile> files = classify_all(std::move(paths), diags);
    for (const auto& f : files)
        ledger.files.push_back(f.rel);

    // The policy first: reading the other files needs the currency and the scale.
    std::vector<FileResult> results(files.size());
    const FileContext policy_ctx{0, files[0].rel, files[0].where, ledger.policy};
    PolicyHealth health;
    read_one(source, files[0], policy_ctx, results[0], &ledger.policy, &health);
    ledger.kinds_ok = health.read && health.kinds_ok && results[0].complete;
    ledger.rules_ok = health.read && health.rules_ok && results[0].complete;

    std::atomic<std::size_t> next{1};
    const auto work = [&] {
        for (std::size_t i = next++; i < files.size(); i = next++) {
            const FileContext ctx{static_cast<FileId>(i), files[i].rel, files[i].where,
                                  ledger.policy};
            read_one(source, files[i], ctx, results[i], nullptr, nullptr);
        }
    };
    unsigned threads = options.threads ? options.threads : std::thread::hardware_concurrency();
    threads = std::clamp<unsigned>(threads, 1, 16);
    threads = std::min<unsigned>(threads, static_cast<unsigned>(files.size() / 8 + 1));
    std::vector<std::jthread> pool;
    for (unsigned t = 1; t < threads; ++t)
        pool.emplace_back(work);
    work();
    pool.clear(); // joins

    // Merged in path order, each file's vectors freed as soon as they are moved:
    // the entries exist once, not twice, at the peak.
    std::size_t counts[4] = {};
    for (const FileResult& r : results) {
        counts[0] += r.members.size();
        counts[1] += r.contributions.size();
        counts[2] += r.reviews.size();
        counts[3] += r.revenue.size();
    }
    ledger.members.reserve(counts[0]);
    ledger.contributions.reserve(counts[1]);
    ledger.reviews.reserve(counts[2]);
    ledger.revenue.reserve(counts[3]);
    ledger.pools.reserve(results.size());
    const auto take = [](auto& from, auto& to) {
        std::move(from.begin(), from.end(), std::back_inserter(to));
        std::remove_reference_t<decltype(from)>().swap(from);
    };
    for (std::size_t i = 0; i < results.size(); ++i) {
        FileResult& r = results[i];
        const auto id = static_cast<FileId>(i);
        diags.append(std::move(r.diags));
        if (!r.complete) ledger.incomplete_files.push_back(id);
        const FileKind kind = files[i].where.kind;
        if (kind == FileKind::contributions || kind == FileKind::reviews)
            ledger.owned_files.push_back({id, r.pool.intern(files[i].where.handle), r.owner_pos});
        take(r.members, ledger.members);
        take(r.contributions, ledger.contributions);
        take(r.reviews, ledger.reviews);
        take(r.revenue, ledger.revenue);
        ledger.pools.push_back(std::move(r.pool));
    }
    std::sort(ledger.members.begin(), ledger.members.end(),
              [](const Member& a, const Member& b) { return a.handle < b.handle; });
    return ledger;
}

} // namespace coop
