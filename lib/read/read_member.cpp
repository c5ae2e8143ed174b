#include <fmt/format.h>

#include "read/fields.hpp"
#include "read/file_readers.hpp"

namespace coop {

namespace {

constexpr std::string_view member_keys[] = {"handle", "name",  "emails", "joined",
                                            "left",   "roles", "keys"};
constexpr KeyAlias member_aliases[] = {
    {"email", "emails"},  {"mail", "emails"},  {"role", "roles"},      {"key", "keys"},
    {"ssh-keys", "keys"}, {"since", "joined"}, {"join", "joined"},     {"until", "left"},
    {"leave", "left"},    {"nick", "handle"},  {"username", "handle"}, {"id", "handle"}};
constexpr KeyTable member_table{"member", member_keys, 0b0001111, member_aliases};

} // namespace

void read_member_file(YamlCursor& c, const FileContext& ctx, FileResult& out) {
    Member m;
    m.file = ctx.id;
    m.handle = out.pool.intern(ctx.where.handle);
    read_mapping(c, member_table, [&](int key, Pos pos) {
        switch (key) {
        case 0:
            m.handle_pos = c.peek_pos();
            if (auto h = read_handle(c, "handle", out.pool, true); h && !is_handle(*h))
                c.error(m.handle_pos, *handle_problem(*h));
            else if (h && *h != ctx.where.handle)
                c.error(m.handle_pos, fmt::format("handle '{}' does not match the file name; "
                                                  "rename the file to members/{}.yaml or write "
                                                  "handle: {}",
                                                  *h, *h, ctx.where.handle));
            break;
        case 1:
            if (auto t = read_text(c, "name", out.pool, true)) m.name = *t;
            break;
        case 2:
            m.emails = read_text_list(c, "emails", out.pool, false, &m.email_pos);
            for (std::size_t i = 0; i < m.emails.size(); ++i)
                if (m.emails[i].find('@') == std::string_view::npos ||
                    m.emails[i].find(' ') != std::string_view::npos)
                    c.error(m.email_pos[i],
                            fmt::format("'{}' is not an e-mail address", m.emails[i]));
            if (m.emails.empty() && !c.failed())
                c.error(pos, "'emails' must list at least one address (the git author e-mail "
                             "of this member's commits)");
            break;
        case 3:
            m.joined_pos = c.peek_pos();
            if (auto d = read_date(c, "joined")) m.joined = *d;
            break;
        case 4: {
            m.left_pos = c.peek_pos();
            bool is_null = false;
            m.left = read_optional_date(c, "left", is_null);
            break;
        }
        case 5: {
            std::vector<Pos> at;
            const auto roles = read_text_list(c, "roles", out.pool, true, &at);
            for (std::size_t i = 0; i < roles.size(); ++i) {
                if (roles[i] == "treasurer")
                    m.treasurer = true;
                else if (roles[i] == "steward")
                    m.steward = true;
                else
                    c.error(at[i],
                            fmt::format("unknown role '{}' (known: treasurer, steward)", roles[i]));
            }
            break;
        }
        case 6:
            m.keys = read_text_list(c, "keys", out.pool);
            break;
        }
    });
    if (m.left && m.joined.ymd && *m.left < m.joined)
        c.error(m.left_pos, fmt::format("'left' {} is before 'joined' {}", format_date(*m.left),
                                        format_date(m.joined)));
    out.members.push_back(std::move(m));
}

} // namespace coop
