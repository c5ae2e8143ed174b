// coop.yaml `network:` (SPEC 8). A circle writes {global, upstream}: where its
// global network's ledger is and the share of its income it sends there. The
// global writes {circles: {NAME: {repo, upstream, connectors}}}.
#include <fmt/format.h>

#include "read/fields.hpp"
#include "read/file_readers.hpp"
#include "read/policy_sections.hpp"

namespace coop {

namespace {

constexpr std::string_view network_keys[] = {"global", "upstream", "circles"};
constexpr KeyAlias network_aliases[] = {{"upstream-share", "upstream"}, {"parent", "global"}};
constexpr KeyTable network_table{"network", network_keys, 0, network_aliases};

constexpr std::string_view circle_keys[] = {"repo", "upstream", "connectors"};
constexpr KeyAlias circle_aliases[] = {{"url", "repo"}, {"repository", "repo"}};
constexpr KeyTable circle_table{"circle", circle_keys, 0b011, circle_aliases};

// A path or URL: text without spaces or control characters.
bool is_repo_text(std::string_view s) {
    for (const char ch : s)
        if (static_cast<unsigned char>(ch) <= 0x20 || ch == 0x7f) return false;
    return !s.empty();
}

std::optional<std::string> read_repo(YamlCursor& c, std::string_view key) {
    const Pos at = c.peek_pos();
    StringPool scratch;
    const auto t = read_text(c, key, scratch, true);
    if (!t) return std::nullopt;
    if (!is_repo_text(*t)) {
        c.error(at, fmt::format("'{}' must be a path or URL git can fetch from, without spaces, "
                                "not '{}'",
                                key, *t));
        return std::nullopt;
    }
    return std::string(*t);
}

void read_circle(YamlCursor& c, Circle& circle) {
    Policy scratch; // the upstream rate is read as a policy item, then moved here
    PolicySectionReader rate(c, scratch);
    read_mapping(c, circle_table, [&](int key, Pos) {
        switch (key) {
        case 0:
            if (auto r = read_repo(c, "repo")) circle.repo = std::move(*r);
            break;
        case 1:
            rate.item(PolicyItem::upstream);
            circle.upstream = scratch.distribution.upstream;
            break;
        case 2: {
            StringPool pool;
            std::vector<Pos> positions;
            const auto handles = read_text_list(c, "connectors", pool, false, &positions);
            for (std::size_t i = 0; i < handles.size(); ++i) {
                if (!is_handle(handles[i])) {
                    c.error(positions[i],
                            fmt::format("'{}' is not a valid member handle", handles[i]));
                    continue;
                }
                circle.connectors.emplace_back(handles[i]);
                circle.connector_pos.push_back(positions[i]);
            }
            break;
        }
        }
    });
}

void read_circles(YamlCursor& c, Network& n) {
    const Pos where = c.peek_pos();
    if (c.peek() == NodeKind::scalar) { // `circles:` with nothing: none yet
        Scalar s;
        c.scalar(s);
        if (classify(s) == PlainType::null) return;
    } else if (c.enter_mapping()) {
        Scalar key;
        while (c.next_key(key)) {
            const std::string name(key.text);
            const Pos pos = key.pos;
            std::string problem;
            if (!is_handle_form(name) || name.size() > 32)
                problem = fmt::format("'{}' is not a valid circle name (a lowercase letter, then "
                                      "lowercase letters, digits and dashes, at most 32)",
                                      name);
            else if (const Circle* known = n.find_circle(name))
                problem =
                    fmt::format("duplicate circle '{}' (first at line {})", name, known->pos.line);
            if (!problem.empty()) {
                c.error(pos, problem);
                c.skip();
                continue;
            }
            Circle circle;
            circle.name = name;
            circle.pos = pos;
            read_circle(c, circle);
            n.circles.push_back(std::move(circle));
        }
        return;
    }
    c.error(where, "'circles' must map circle names to {repo, upstream}, like "
                   "lyon: {repo: https://git.example.org/lyon.git, upstream: 10%}");
    c.skip();
}

} // namespace

void read_network(YamlCursor& c, PolicySectionReader& sections, Policy& p) {
    Pos global_pos, upstream_pos;
    const auto seen = read_mapping(c, network_table, [&](int key, Pos key_pos) {
        switch (key) {
        case 0:
            global_pos = key_pos;
            if (auto r = read_repo(c, "global")) p.network.global = std::move(*r);
            break;
        case 1:
            upstream_pos = key_pos;
            sections.item(PolicyItem::upstream);
            break;
        case 2:
            read_circles(c, p.network);
            break;
        }
    });
    if (!seen) return;
    p.network.circle = (*seen & 0b011) != 0;
    if (global_pos.line && !upstream_pos.line)
        c.error(global_pos, "a circle's network names its upstream rate too: add upstream: "
                            "10% (the share of its income it sends to the global network)");
    else if (upstream_pos.line && !global_pos.line)
        c.error(upstream_pos, "a circle's network names its global network too: add global: "
                              "<url> (where the global ledger's repository is)");
}

} // namespace coop
