// Fuzzes what `coop validate`, `coop tally` and `coop payout` do with a
// ledger, from memory: the reader, every validation rule, the tally, the
// payout chain and the statement `coop close` would write. The input is a
// ledger pack (ledger_pack.hpp). Besides crashes and sanitizer reports, it
// fails when:
//   - a diagnostic has no path or message, or a place past its file's end;
//   - a ledger that validates gets a payout whose books do not reconcile
//     (SPEC 3's three identities), or whose statement does not read back
//     as the same statement.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

#include "ledger_pack.hpp"
#include "model/error.hpp"
#include "payout/payout.hpp"
#include "payout/tally.hpp"
#include "statement/chain.hpp"
#include "statement/statement.hpp"
#include "validate/validate.hpp"

using namespace coop;

namespace {

[[noreturn]] void fail(std::string_view what) {
    std::fprintf(stderr, "fuzz_ledger: %.*s\n", int(what.size()), what.data());
    std::abort();
}

// An upper bound of the lines of `text` by any rule a reader may use: \n,
// \r\n, a lone \r, NEL, LS and PS all end a line for libyaml.
std::uint32_t max_lines(std::string_view text) {
    std::uint32_t breaks = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const unsigned char c = text[i];
        if (c == '\n' || (c == '\r' && (i + 1 == text.size() || text[i + 1] != '\n')))
            ++breaks;
        else if (c == 0xc2 && i + 1 < text.size() && (unsigned char)text[i + 1] == 0x85)
            ++breaks;
        else if (c == 0xe2 && i + 2 < text.size() && (unsigned char)text[i + 1] == 0x80 &&
                 ((unsigned char)text[i + 2] == 0xa8 || (unsigned char)text[i + 2] == 0xa9))
            ++breaks;
    }
    return breaks + 1;
}

void check_places(const Diagnostics& diags, const FileTexts& files) {
    for (const Diagnostic& d : diags.items()) {
        if (d.path.empty()) fail("a diagnostic without a path: " + d.message);
        if (d.message.empty()) fail("a diagnostic without a message at " + d.path);
        if ((d.line == 0) != (d.column == 0))
            fail("a diagnostic with a line but no column, or the reverse: " + d.message);
        const auto it = files.find(d.path);
        if (it == files.end() || d.line == 0) continue; // a file that is missing, or whole
        if (d.line > max_lines(it->second))
            fail(d.path + ": a diagnostic past the file's last line: " + d.message);
    }
}

// The payout of `period` as `coop payout` computes it, then as `coop close`
// writes it and `coop payout --check` reads it back.
void check_payout(PayoutChain& chain, const Period& period) {
    PeriodPayout payout;
    try {
        payout = chain.payout(period);
    } catch (const Error& e) {
        // validate catches an overflowing total at its entry: the payout of a
        // ledger it accepts never refuses
        fail(std::string("the payout of a valid ledger refused: ") + e.what());
    }
    const Reconciliation& r = payout.table.reconciliation;
    if (!r.holds()) fail("a payout whose books do not reconcile");
    const Statement statement = make_statement(payout.table, payout.policy);
    const std::string text = statement_yaml(statement);
    Diagnostics diags;
    const Statement back = read_statement(text, "payouts/" + format_period(period) + ".yaml",
                                          payout.policy.minor_digits, diags);
    compare_statement(back, statement, "payouts/x.yaml", diags);
    if (!diags.items().empty())
        fail("a statement that does not read back: " + diags.items().front().message + "\n" + text);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const FileTexts files =
        fuzz::unpack_ledger(std::string_view(reinterpret_cast<const char*>(data), size));
    Diagnostics diags;
    const Ledger ledger = read_ledger_texts(files, diags);
    validate(ledger, diags);
    diags.sort();
    check_places(diags, files);
    if (diags.has_errors()) return 0; // every command stops here

    const auto last = latest_period(ledger, ledger.policy.period);
    if (!last) return 0;
    try {
        (void)compute_tally(ledger, *last);
    } catch (const Error&) {
        // an overflow, refused with a message
    }
    PayoutChain chain(ledger);
    check_payout(chain, *last);
    if (const auto first = chain.first_period(); first && *first != *last)
        check_payout(chain, *first);
    return 0;
}
