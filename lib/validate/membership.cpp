#include "validate/membership.hpp"

#include <fmt/format.h>

#include "model/layout.hpp"

namespace coop {

std::optional<std::string> membership_problem(const Ledger& l, std::string_view handle, Date date,
                                              std::string_view role) {
    const Member* m = l.find_member(handle);
    if (!m)
        return fmt::format("unknown {} '{}' (there is no {})", role, handle, member_path(handle));
    if (date.ymd == 0 || m->active_on(date)) return std::nullopt;
    if (date < m->joined)
        return fmt::format("{} was not a member on {} (joined {})", handle, format_date(date),
                           format_date(m->joined));
    return fmt::format("{} was not a member on {} (left {})", handle, format_date(date),
                       format_date(*m->left));
}

} // namespace coop
