#include <fmt/format.h>

#include "read/fields.hpp"
#include "read/file_readers.hpp"

namespace coop {

void read_file_owner(YamlCursor& c, const FileContext& ctx, FileResult& out, std::string_view key,
                     std::string_view rule) {
    const Pos at = c.peek_pos();
    out.owner_pos = at;
    if (auto h = read_handle(c, key, out.pool, true); h && *h != ctx.where.handle)
        c.error(at, fmt::format("{} '{}' does not match the file name {}.yaml; {}", key, *h,
                                ctx.where.handle, rule));
}

} // namespace coop
