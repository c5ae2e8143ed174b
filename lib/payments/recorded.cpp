#include "payments/recorded.hpp"

#include <fmt/format.h>

#include "model/error.hpp"
#include "model/layout.hpp"
#include "read/ledger_reader.hpp"

namespace coop {

std::vector<PaymentsRecord> recorded_payments(const Ledger& ledger) {
    std::vector<PaymentsRecord> out;
    if (!ledger.source) return out;
    for (FileId f = 0; f < ledger.files.size(); ++f) {
        const std::string path(ledger.path(f));
        if (classify_path(path).kind != FileKind::payments) continue;
        std::string text;
        if (ledger.source->load(path, text) != 0)
            throw Error(ErrorKind::io, fmt::format("cannot read {}", path));
        Diagnostics diags;
        PaymentsRecord r = read_payments(text, path, ledger.policy.minor_digits, diags);
        if (diags.has_errors())
            throw Error(ErrorKind::ledger,
                        fmt::format("{} does not read (coop validate shows why)", path));
        out.push_back(std::move(r));
    }
    return out;
}

} // namespace coop
