#include "write/yaml_layout.hpp"

#include <fmt/format.h>
#include <yaml.h>

#include "util/char_offsets.hpp"

namespace coop {

namespace {

class Parser {
  public:
    explicit Parser(std::string_view text) {
        yaml_parser_initialize(&parser_);
        yaml_parser_set_input_string(&parser_, reinterpret_cast<const unsigned char*>(text.data()),
                                     text.size());
    }
    ~Parser() {
        if (have_) yaml_event_delete(&event_);
        yaml_parser_delete(&parser_);
    }
    Parser(const Parser&) = delete;
    Parser& operator=(const Parser&) = delete;

    // The next event, or null after a syntax error (then `problem` says why).
    const yaml_event_t* next() {
        if (have_) yaml_event_delete(&event_);
        have_ = false;
        if (failed_) return nullptr;
        if (!yaml_parser_parse(&parser_, &event_)) {
            failed_ = true;
            return nullptr;
        }
        have_ = true;
        return &event_;
    }
    std::string problem() const { return parser_.problem ? parser_.problem : "unreadable YAML"; }
    Pos problem_pos() const {
        return {static_cast<std::uint32_t>(parser_.problem_mark.line + 1),
                static_cast<std::uint32_t>(parser_.problem_mark.column + 1)};
    }

  private:
    yaml_parser_t parser_{};
    yaml_event_t event_{};
    bool have_ = false;
    bool failed_ = false;
};

Pos pos_of(const yaml_mark_t& m) {
    return {static_cast<std::uint32_t>(m.line + 1), static_cast<std::uint32_t>(m.column + 1)};
}

std::string text_of(const yaml_char_t* s) {
    return s ? reinterpret_cast<const char*>(s) : "";
}

// One event as canonical text: what a reader sees, not how it is written
// (quoting style matters only as plain or not: a plain 1 is a number).
void canonical(const yaml_event_t& e, std::string& out) {
    switch (e.type) {
    case YAML_SCALAR_EVENT: {
        const auto& s = e.data.scalar;
        out += s.style == YAML_PLAIN_SCALAR_STYLE ? 'p' : 'q';
        if (s.anchor) out += "&" + text_of(s.anchor) + ' ';
        if (s.tag) out += "!" + text_of(s.tag) + ' ';
        out += fmt::format("{}:", s.length);
        out.append(reinterpret_cast<const char*>(s.value), s.length);
        break;
    }
    case YAML_ALIAS_EVENT:
        out += "*" + text_of(e.data.alias.anchor) + ' ';
        break;
    case YAML_SEQUENCE_START_EVENT:
        out += '[';
        break;
    case YAML_SEQUENCE_END_EVENT:
        out += ']';
        break;
    case YAML_MAPPING_START_EVENT:
        out += '{';
        break;
    case YAML_MAPPING_END_EVENT:
        out += '}';
        break;
    default:
        break;
    }
}

struct Walker {
    Parser& p;
    CharOffsets& bytes;
    std::size_t last_end = 0; // just past the last character of content seen
    bool failed = false;

    // Consumes the node that starts with `e` (already read), appending its
    // canonical text; tracks where its content ends.
    void node(const yaml_event_t* e, std::string& out) {
        std::vector<bool> flow; // the open collections: flow style or not
        for (;;) {
            canonical(*e, out);
            switch (e->type) {
            case YAML_SCALAR_EVENT:
            case YAML_ALIAS_EVENT:
                last_end = bytes(e->end_mark.index);
                break;
            case YAML_SEQUENCE_START_EVENT:
                flow.push_back(e->data.sequence_start.style == YAML_FLOW_SEQUENCE_STYLE);
                break;
            case YAML_MAPPING_START_EVENT:
                flow.push_back(e->data.mapping_start.style == YAML_FLOW_MAPPING_STYLE);
                break;
            case YAML_SEQUENCE_END_EVENT:
            case YAML_MAPPING_END_EVENT:
                // A block collection ends where the next token starts: only a
                // flow collection's closing bracket is its own.
                if (!flow.empty() && flow.back()) last_end = bytes(e->end_mark.index);
                if (!flow.empty()) flow.pop_back();
                break;
            default:
                return; // the document's end: not a node
            }
            if (flow.empty()) return;
            e = p.next();
            if (!e) {
                failed = true;
                return;
            }
        }
    }
};

} // namespace

const TopLevelKey* YamlLayout::find(std::string_view name) const {
    for (const TopLevelKey& k : keys)
        if (k.name == name) return &k;
    return nullptr;
}

YamlLayout read_yaml_layout(std::string_view text) {
    YamlLayout out;
    Parser p(text);
    CharOffsets bytes(text);
    Walker w{p, bytes};
    const auto fail = [&] {
        out.error = p.problem();
        out.error_pos = p.problem_pos();
        return out;
    };
    const yaml_event_t* e = p.next(); // the stream's start
    if (!e) return fail();
    e = p.next();
    if (!e) return fail();
    if (e->type == YAML_STREAM_END_EVENT) return out; // nothing but comments
    out.document = true;
    e = p.next(); // the document's node
    if (!e) return fail();
    if (e->type != YAML_MAPPING_START_EVENT) {
        std::string ignored;
        w.node(e, ignored);
        return w.failed ? fail() : out;
    }
    out.mapping = true;
    out.flow = e->data.mapping_start.style == YAML_FLOW_MAPPING_STYLE;
    out.mapping_pos = pos_of(e->start_mark);
    for (;;) {
        e = p.next();
        if (!e) return fail();
        if (e->type == YAML_MAPPING_END_EVENT) {
            if (out.flow) w.last_end = bytes(e->end_mark.index);
            break;
        }
        TopLevelKey k;
        k.begin = bytes(e->start_mark.index);
        if (e->type == YAML_SCALAR_EVENT)
            k.name.assign(reinterpret_cast<const char*>(e->data.scalar.value),
                          e->data.scalar.length);
        std::string key_text;
        w.node(e, key_text); // a key may be a collection: consumed whole
        if (w.failed) return fail();
        e = p.next();
        if (!e) return fail();
        k.value_begin = bytes(e->start_mark.index);
        k.value_pos = pos_of(e->start_mark);
        if (e->type == YAML_SCALAR_EVENT) {
            k.shape = e->data.scalar.length == 0 && e->data.scalar.style == YAML_PLAIN_SCALAR_STYLE
                          ? TopLevelKey::Shape::empty
                          : TopLevelKey::Shape::scalar;
            w.node(e, k.value);
        } else if (e->type == YAML_SEQUENCE_START_EVENT) {
            const bool flow = e->data.sequence_start.style == YAML_FLOW_SEQUENCE_STYLE;
            k.shape = flow ? TopLevelKey::Shape::flow_list : TopLevelKey::Shape::block_list;
            k.indent = static_cast<std::uint32_t>(e->start_mark.column);
            canonical(*e, k.value);
            for (;;) {
                e = p.next();
                if (!e) return fail();
                if (e->type == YAML_SEQUENCE_END_EVENT) {
                    canonical(*e, k.value);
                    if (flow) w.last_end = bytes(e->end_mark.index);
                    break;
                }
                std::string item;
                w.node(e, item);
                if (w.failed) return fail();
                k.value += item;
                k.items.push_back(std::move(item));
            }
        } else {
            k.shape = TopLevelKey::Shape::mapping;
            w.node(e, k.value);
        }
        if (w.failed) return fail();
        k.end = w.last_end;
        out.keys.push_back(std::move(k));
    }
    out.mapping_end = w.last_end;
    e = p.next(); // the document's end
    if (!e) return fail();
    if (e->type == YAML_DOCUMENT_END_EVENT && !e->data.document_end.implicit) {
        out.has_end_marker = true;
        out.end_marker = bytes(e->start_mark.index);
    }
    out.after_document = bytes(e->end_mark.index);
    return out;
}

} // namespace coop
