#include <fmt/format.h>

#include "model/error.hpp"
#include "model/layout.hpp"
#include "model/option.hpp"
#include "write/ledger_facts.hpp"
#include "write/member_entry.hpp"

namespace coop {

Outcome leave_member(const std::filesystem::path& root, const std::string& handle, Date left,
                     const WriteOptions& options) {
    if (const auto problem = handle_problem(handle)) throw Error(ErrorKind::usage, *problem);
    const std::string target = member_path(handle);
    // Leaving on `left` makes wrong what the member did after it: their own
    // contributions and reviews dated later, and income they brought in as a
    // connector. All of those sit in files of `left`'s month or later.
    Scope scope;
    scope.owner = handle;
    scope.instead = fmt::format("another member leaves by proposal: coop propose {} {} {} {}",
                                option_ref(Option::remove), handle, option_ref(Option::left),
                                format_date(left));
    const Date from = left;
    for (const Date month : months_from(root, "contributions", from))
        scope.files.push_back(contributions_path(handle, month));
    for (const Date month : months_from(root, "reviews", from))
        scope.files.push_back(reviews_path(handle, month));
    for (const Date month : months_from(root, "revenue", from))
        for (std::string& file : revenue_files(root, month))
            scope.files.push_back(std::move(file));

    const DraftFn draft = [&](const std::optional<std::string>& current, const Ledger&) {
        if (!current)
            throw Error(ErrorKind::usage,
                        fmt::format("unknown member '{}' (there is no {})", handle, target));
        Draft d;
        d.change = set_top_level_value(*current, "left", format_date(left));
        d.message = fmt::format("member leave: {} {}", handle, format_date(left));
        return d;
    };
    const ConfirmFn confirm = [&](const Ledger& after, FileId) {
        const Member* m = after.find_member(handle);
        return m && m->left && *m->left == left;
    };
    return write_change(root, target, scope, draft, confirm, options);
}

} // namespace coop
