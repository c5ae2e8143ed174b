#include "read/partial_reader.hpp"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <iterator>
#include <sstream>

#include <fmt/format.h>

#include "model/error.hpp"
#include "read/file_readers.hpp"
#include "read/ledger_path.hpp"
#include "read/yaml_cursor.hpp"

namespace fs = std::filesystem;

namespace coop {

namespace {

struct Source {
    std::string rel;
    LedgerPath where;
    std::string text;
    int error = 0; // errno of a file that exists but cannot be read
};

// The file's text; false when it does not exist.
bool load(const fs::path& path, Source& out) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        const int err = errno;
        std::error_code ec;
        if (!fs::exists(path, ec)) return false;
        out.error = err ? err : EIO;
        return true;
    }
    std::ostringstream buf;
    buf << in.rdbuf();
    out.text = std::move(buf).str();
    return true;
}

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

// As read_ledger reads one file.
void read_source(const Source& f, const FileContext& ctx, FileResult& out, Policy* policy,
                 PolicyHealth* health) {
    if (f.error) {
        out.diags.error(f.rel, 1, 1, fmt::format("cannot read file: {}", std::strerror(f.error)));
        out.complete = false;
        return;
    }
    YamlCursor c(f.text, f.rel, out.diags);
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
    case FileKind::statement:
    case FileKind::unexpected:
        c.skip();
        break;
    }
    c.end_document();
    out.complete = !c.failed();
}

} // namespace

Ledger read_partial_ledger(const fs::path& root, const PartialRead& what, Diagnostics& diags) {
    std::vector<std::string> rels = what.files;
    for (const auto& [rel, text] : what.texts)
        rels.push_back(rel);
    std::sort(rels.begin(), rels.end());
    rels.erase(std::unique(rels.begin(), rels.end()), rels.end());
    std::erase(rels, "coop.yaml");
    rels.insert(rels.begin(), "coop.yaml");

    std::vector<Source> sources;
    for (const std::string& rel : rels) {
        Source s{rel, classify_path(rel), {}, 0};
        if (s.where.kind == FileKind::unexpected) continue; // not a ledger file
        if (auto it = what.texts.find(rel); it != what.texts.end())
            s.text = it->second;
        else if (!load(root / rel, s)) {
            if (rel == "coop.yaml")
                throw Error(ErrorKind::io,
                            fmt::format("cannot read '{}'", (root / "coop.yaml").string()));
            continue;
        }
        sources.push_back(std::move(s));
    }

    Ledger ledger;
    for (const auto& s : sources)
        ledger.files.push_back(s.rel);
    std::vector<FileResult> results(sources.size());
    PolicyHealth health;
    read_source(sources[0], FileContext{0, sources[0].rel, sources[0].where, ledger.policy},
                results[0], &ledger.policy, &health);
    ledger.kinds_ok = health.kinds_ok && results[0].complete;
    ledger.rules_ok = health.rules_ok && results[0].complete;
    for (std::size_t i = 1; i < sources.size(); ++i)
        read_source(
            sources[i],
            FileContext{static_cast<FileId>(i), sources[i].rel, sources[i].where, ledger.policy},
            results[i], nullptr, nullptr);

    for (std::size_t i = 0; i < results.size(); ++i) {
        FileResult& r = results[i];
        const auto id = static_cast<FileId>(i);
        diags.append(std::move(r.diags));
        if (!r.complete) ledger.incomplete_files.push_back(id);
        const FileKind kind = sources[i].where.kind;
        if (kind == FileKind::contributions || kind == FileKind::reviews)
            ledger.owned_files.push_back({id, r.pool.intern(sources[i].where.handle), r.owner_pos});
        std::move(r.members.begin(), r.members.end(), std::back_inserter(ledger.members));
        std::move(r.contributions.begin(), r.contributions.end(),
                  std::back_inserter(ledger.contributions));
        std::move(r.reviews.begin(), r.reviews.end(), std::back_inserter(ledger.reviews));
        std::move(r.revenue.begin(), r.revenue.end(), std::back_inserter(ledger.revenue));
        ledger.pools.push_back(std::move(r.pool));
    }
    std::sort(ledger.members.begin(), ledger.members.end(),
              [](const Member& a, const Member& b) { return a.handle < b.handle; });
    return ledger;
}

} // namespace coop
