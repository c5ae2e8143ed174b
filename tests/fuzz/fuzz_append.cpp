// Fuzzes the text-appending code of the writing commands (append_entry and
// yaml_scalar, as coop log, review and revenue add use them): random file
// text and a random entry. When the file reads without errors before and
// with the entry added, every entry that was there must read back exactly as
// it was, and the new one exactly as given, after them.
//
// The input: one byte choosing the file (a contribution, review or revenue
// file; bit 2: the file does not exist yet), the file's text up to a NUL,
// then the entry's free-text fields separated by NULs (YAML text holds no
// NUL): a contribution's summary, project and refs; a review's comment; a
// revenue entry's party, project, connector and memo.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <fmt/format.h>

#include "model/error.hpp"
#include "model/layout.hpp"
#include "read/entry_record.hpp"
#include "read/file_readers.hpp"
#include "read/memory_source.hpp"
#include "read/yaml_cursor.hpp"
#include "write/file_text.hpp"
#include "write/yaml_text.hpp"

using namespace coop;

namespace {

[[noreturn]] void fail(std::string_view what, std::string_view before, std::string_view after) {
    std::fprintf(stderr, "fuzz_append: %.*s\n--- before\n%.*s\n--- after\n%.*s\n", int(what.size()),
                 what.data(), int(before.size()), before.data(), int(after.size()), after.data());
    std::abort();
}

// The policy the entries are read under: SPEC's example coop.yaml.
const Policy& policy() {
    static const Policy p = [] {
        Diagnostics diags;
        const Ledger l = read_ledger_texts({{"coop.yaml", R"(coop: 1
name: Fuzz Cooperative
currency: EUR
period: monthly
review:
  scale: [0, 5]
  neutral: 3
  aggregate: median
  min-reviews: 2
  unreviewed-factor: 0.5
kinds:
  code: 1
distribution:
  reserve: 10%
  connector-share: 5%
)"}},
                                           diags);
        if (diags.has_errors()) std::abort();
        return l.policy;
    }();
    return p;
}

enum class FileSort { contribution, review, revenue };

struct Target {
    std::string path, header;
};

Target target(FileSort k) {
    switch (k) {
    case FileSort::contribution:
        return {"contributions/2026/11/alice.yaml",
                "# yaml-language-server: $schema=../../../schema/contribution.schema.json\n"
                "member: alice\nentries:\n"};
    case FileSort::review:
        return {"reviews/2026/11/alice.yaml",
                "# yaml-language-server: $schema=../../../schema/review.schema.json\n"
                "reviewer: alice\nentries:\n"};
    case FileSort::revenue:
        break;
    }
    return {"revenue/2026/11/alice.yaml",
            "# yaml-language-server: $schema=../../../schema/revenue.schema.json\n"
            "treasurer: alice\nentries:\n"};
}

struct Read {
    FileResult result;
    std::vector<EntryRecord> records;
    bool ok = false; // no errors, read to its end
};

// The file as `coop validate` reads it (its own rules; none across files).
void read_text(const std::string& text, const std::string& path, Read& out) {
    const LedgerPath where = classify_path(path);
    const FileContext ctx{1, path, where, policy()};
    YamlCursor c(text, path, out.result.diags);
    if (c.begin_document()) {
        if (where.kind == FileKind::contributions)
            read_contribution_file(c, ctx, out.result);
        else if (where.kind == FileKind::reviews)
            read_review_file(c, ctx, out.result);
        else
            read_revenue_file(c, ctx, out.result);
        c.end_document();
    }
    for (const auto& x : out.result.contributions)
        out.records.push_back(record_of(x));
    for (const auto& x : out.result.reviews)
        out.records.push_back(record_of(x));
    for (const auto& x : out.result.revenue)
        out.records.push_back(record_of(x, policy().minor_digits));
    out.ok = !out.result.diags.has_errors() && out.result.complete;
}

std::string field(const EntryRecord& r, std::string_view name) {
    for (const auto& [k, v] : r.fields)
        if (k == name) return v;
    return "\x01(no such field)";
}

// An optional line `  key: value`.
std::string optional_line(std::string_view key, const std::string& value) {
    return value.empty() ? std::string() : fmt::format("  {}: {}\n", key, yaml_scalar(value));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0) return 0;
    const FileSort kind = static_cast<FileSort>(data[0] % 3);
    const bool absent = data[0] & 4;
    std::vector<std::string> parts{std::string()};
    for (std::size_t i = 1; i < size; ++i) {
        if (data[i] == 0)
            parts.emplace_back();
        else
            parts.back() += char(data[i]);
    }
    for (const std::string& p : parts)
        if (!valid_utf8(p)) return 0; // the commands refuse such arguments; files are checked
    const auto part = [&](std::size_t i) { return i < parts.size() ? parts[i] : std::string(); };
    const Target t = target(kind);
    const std::optional<std::string> current =
        absent ? std::nullopt : std::optional<std::string>(parts[0]);

    Read before;
    if (current) {
        read_text(*current, t.path, before);
        if (!before.ok) return 0; // a broken file is not written to
    }

    // The entry as the commands write it (lib/write/*_entry.cpp), and what
    // it must read back as.
    std::string entry;
    std::vector<std::pair<std::string, std::string>> expected;
    std::vector<std::string> refs;
    switch (kind) {
    case FileSort::contribution:
        entry = "- id: alice-20261103-zzzz\n  date: 2026-11-03\n  time: 2h30m\n  kind: code\n" +
                optional_line("project", part(2)) +
                fmt::format("  summary: {}\n", yaml_scalar(part(1)));
        for (std::size_t i = 3; i < parts.size() && i < 6; ++i)
            if (!parts[i].empty()) refs.push_back(parts[i]);
        if (!refs.empty()) entry += "  refs:\n";
        for (const std::string& r : refs)
            entry += fmt::format("    - {}\n", yaml_scalar(r));
        expected = {{"project", part(2)}, {"summary", part(1)}};
        break;
    case FileSort::review:
        entry = "- contribution: bob-20261102-aaaa\n  date: 2026-11-04\n  score: 4\n" +
                optional_line("comment", part(1));
        expected = {{"comment", part(1)}};
        break;
    case FileSort::revenue:
        entry = fmt::format("- id: rev-20261110-zzzz\n  date: 2026-11-10\n  type: income\n"
                            "  amount: \"12.50\"\n  party: {}\n",
                            yaml_scalar(part(1))) +
                optional_line("project", part(2)) + optional_line("connector", part(3)) +
                optional_line("memo", part(4));
        expected = {
            {"party", part(1)}, {"project", part(2)}, {"connector", part(3)}, {"memo", part(4)}};
        break;
    }

    TextChange change;
    try {
        change = append_entry(current, t.header, entry);
    } catch (const Error&) {
        return 0; // a file coop cannot append to without rewriting it, refused
    }
    // What write_change checks before it writes: a change it would refuse
    // with an internal error is a bug.
    if (const std::string why = check_change(current, change); !why.empty())
        fail(fmt::format("check_change: {}", why), current ? *current : std::string(), change.text);
    Read after;
    read_text(change.text, t.path, after);
    if (!after.ok) return 0; // refused: nothing is written
    const std::string_view old = current ? std::string_view(*current) : std::string_view();

    if (after.records.size() != before.records.size() + 1)
        fail(
            fmt::format("{} entries before, {} after", before.records.size(), after.records.size()),
            old, change.text);
    for (std::size_t i = 0; i < before.records.size(); ++i)
        if (after.records[i].fields != before.records[i].fields)
            fail(fmt::format("entry {} changed", i + 1), old, change.text);
    const EntryRecord& added = after.records.back();
    for (const auto& [name, value] : expected)
        if (field(added, name) != value)
            fail(fmt::format("the new entry's {} reads back as '{}'", name, field(added, name)),
                 old, change.text);
    if (kind == FileSort::contribution) {
        const auto& got = after.result.contributions.back().refs;
        if (!std::equal(got.begin(), got.end(), refs.begin(), refs.end()))
            fail("the new entry's refs read back otherwise", old, change.text);
    }
    return 0;
}
