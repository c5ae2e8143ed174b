#include <fmt/format.h>

#include "read/file_readers.hpp"

namespace coop {

bool check_entry_month(YamlCursor& c, const FileContext& ctx, Date date, Pos pos,
                       const std::string& right_path) {
    if (date.year() == ctx.where.year && date.month() == ctx.where.month) return true;
    c.error(pos, fmt::format("date {} is not in {:04}-{:02}, the month of this file; move the "
                             "entry to {}",
                             format_date(date), ctx.where.year, ctx.where.month, right_path));
    return false;
}

} // namespace coop
