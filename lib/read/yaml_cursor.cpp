#include "read/yaml_cursor.hpp"

#include <fmt/format.h>

#include "util/line_breaks.hpp"

namespace coop {

namespace {

// Far deeper than any coop file; stops hostile input long before memory does.
constexpr int max_depth = 64;

Pos pos_of(const yaml_mark_t& m) {
    return {static_cast<std::uint32_t>(m.line + 1), static_cast<std::uint32_t>(m.column + 1)};
}

} // namespace

// Line and column (in characters) of a byte offset into the input.
Pos YamlCursor::pos_at_offset(std::size_t offset) const {
    offset = std::min(offset, input_.size());
    Pos pos{1, 1};
    for (std::size_t i = 0; i < offset;) {
        if (const std::size_t n = line_break_at(input_, i)) {
            ++pos.line;
            pos.column = 1;
            i += n;
            continue;
        }
        if ((static_cast<unsigned char>(input_[i]) & 0xC0) != 0x80) // not a UTF-8 continuation
            ++pos.column;
        ++i;
    }
    return pos;
}

YamlCursor::YamlCursor(std::string_view input, std::string path, Diagnostics& diags)
    : input_(input), bytes_(input), path_(std::move(path)), diags_(diags) {
    yaml_parser_initialize(&parser_);
    yaml_parser_set_input_string(&parser_, reinterpret_cast<const unsigned char*>(input.data()),
                                 input.size());
}

YamlCursor::~YamlCursor() {
    if (have_event_) yaml_event_delete(&event_);
    if (have_held_) yaml_event_delete(&held_);
    yaml_parser_delete(&parser_);
}

void YamlCursor::error(Pos pos, std::string message) {
    diags_.error(path_, pos.line, pos.column, std::move(message));
}

void YamlCursor::warning(Pos pos, std::string message) {
    diags_.warning(path_, pos.line, pos.column, std::move(message));
}

void YamlCursor::error_unless_broken(Pos pos, std::string message) {
    pending_.push_back({Severity::error, path_, pos.line, pos.column, std::move(message)});
}

bool YamlCursor::fetch() {
    if (failed_) return false;
    if (have_event_) return true;
    if (!yaml_parser_parse(&parser_, &event_)) {
        failed_ = true;
        const std::string_view problem = parser_.problem ? parser_.problem : "unreadable YAML";
        const std::string_view context = parser_.context ? parser_.context : "";
        if (context == "while scanning a quoted scalar" &&
            problem == "found unexpected end of stream") {
            // libyaml points past the end of the file; the opening quote is what to fix.
            error(pos_of(parser_.context_mark),
                  "syntax error: unclosed quote; the text that starts here has no closing quote");
            return false;
        }
        std::string message = fmt::format("syntax error: {}", problem);
        if (!context.empty())
            message += fmt::format(" ({} at line {})", context, parser_.context_mark.line + 1);
        // Decoding errors (bad UTF-8, control characters) come with a byte offset only.
        Pos at = parser_.error == YAML_READER_ERROR ? pos_at_offset(parser_.problem_offset)
                                                    : pos_of(parser_.problem_mark);
        // At the end of a file without a final line break, libyaml counts one
        // more line than the file has: the place is then the file's end.
        if (const Pos end = pos_at_offset(input_.size()); at.line > end.line) at = end;
        error(at, std::move(message));
        return false;
    }
    have_event_ = true;
    check_properties();
    return true;
}

// Anchors, aliases and tags make a file mean something other than it reads.
void YamlCursor::check_properties() {
    const Pos pos = pos_of(event_.start_mark);
    const yaml_char_t* anchor = nullptr;
    const yaml_char_t* tag = nullptr;
    switch (event_.type) {
    case YAML_SCALAR_EVENT:
        anchor = event_.data.scalar.anchor;
        tag = event_.data.scalar.tag;
        break;
    case YAML_MAPPING_START_EVENT:
        anchor = event_.data.mapping_start.anchor;
        tag = event_.data.mapping_start.tag;
        break;
    case YAML_SEQUENCE_START_EVENT:
        anchor = event_.data.sequence_start.anchor;
        tag = event_.data.sequence_start.tag;
        break;
    case YAML_ALIAS_EVENT:
        error(pos, "aliases are not allowed in coop files; write the value out");
        return;
    default:
        return;
    }
    if (anchor)
        error(pos, fmt::format("anchors are not allowed in coop files; remove '&{}'",
                               reinterpret_cast<const char*>(anchor)));
    if (tag) {
        // libyaml expands the `!!` shorthand; show the tag as it was written.
        constexpr std::string_view core = "tag:yaml.org,2002:";
        std::string written = reinterpret_cast<const char*>(tag);
        if (written.starts_with(core)) written = "!!" + written.substr(core.size());
        error(pos, fmt::format("tags are not allowed in coop files; remove '{}'", written));
    }
}

void YamlCursor::consume() {
    if (!have_event_) return;
    switch (event_.type) {
    case YAML_MAPPING_START_EVENT:
    case YAML_SEQUENCE_START_EVENT:
        if (++depth_ > max_depth) {
            error(pos_of(event_.start_mark), "nesting too deep");
            failed_ = true;
        }
        break;
    case YAML_MAPPING_END_EVENT:
    case YAML_SEQUENCE_END_EVENT:
        --depth_;
        break;
    default:
        break;
    }
    yaml_event_delete(&event_);
    have_event_ = false;
}

bool YamlCursor::begin_document() {
    while (fetch()) {
        const auto type = event_.type;
        if (type == YAML_STREAM_START_EVENT) {
            consume();
            continue;
        }
        if (type == YAML_DOCUMENT_START_EVENT) {
            consume();
            return true;
        }
        return false; // the stream ended: an empty file
    }
    return false;
}

void YamlCursor::end_document() {
    if (fetch() && event_.type == YAML_DOCUMENT_END_EVENT) consume();
    if (fetch() && event_.type == YAML_DOCUMENT_START_EVENT) {
        error(pos_of(event_.start_mark),
              "a coop file holds one YAML document; remove this '---' and what follows");
        failed_ = true;
    }
    if (!failed_)
        for (auto& d : pending_)
            diags_.add(std::move(d));
    pending_.clear();
}

NodeKind YamlCursor::peek() {
    if (!fetch()) return NodeKind::none;
    switch (event_.type) {
    case YAML_SCALAR_EVENT:
    case YAML_ALIAS_EVENT:
        return NodeKind::scalar;
    case YAML_MAPPING_START_EVENT:
        return NodeKind::mapping;
    case YAML_SEQUENCE_START_EVENT:
        return NodeKind::sequence;
    default:
        return NodeKind::none;
    }
}

Pos YamlCursor::peek_pos() {
    if (!fetch()) return pos_of(parser_.problem_mark);
    return pos_of(event_.start_mark);
}

bool YamlCursor::enter_mapping() {
    if (peek() != NodeKind::mapping) return false;
    consume();
    return !failed_;
}

bool YamlCursor::enter_sequence() {
    if (peek() != NodeKind::sequence) return false;
    consume();
    return !failed_;
}

bool YamlCursor::next_key(Scalar& key) {
    for (;;) {
        if (!fetch()) return false;
        if (event_.type == YAML_MAPPING_END_EVENT) {
            consume();
            return false;
        }
        if (scalar(key)) return true;
        // A key that is itself a mapping or sequence: say so, skip the key and its value.
        error(peek_pos(), "expected a plain key here");
        skip();
        skip();
    }
}

bool YamlCursor::next_item() {
    if (!fetch()) return false;
    if (event_.type == YAML_SEQUENCE_END_EVENT) {
        consume();
        return false;
    }
    return true;
}

bool YamlCursor::scalar(Scalar& out) {
    if (peek() != NodeKind::scalar) return false;
    if (have_held_) yaml_event_delete(&held_);
    held_ = event_;
    have_held_ = true;
    have_event_ = false;
    out.pos = pos_of(held_.start_mark);
    out.begin = bytes_(held_.start_mark.index);
    out.end = bytes_(held_.end_mark.index);
    out.alias = held_.type == YAML_ALIAS_EVENT; // already reported
    if (out.alias) {
        out.text = {};
        out.plain = true;
        return true;
    }
    out.text = {reinterpret_cast<const char*>(held_.data.scalar.value), held_.data.scalar.length};
    out.plain = held_.data.scalar.style == YAML_PLAIN_SCALAR_STYLE;
    return true;
}

void YamlCursor::skip() {
    int open = 0;
    do {
        if (!fetch()) return;
        switch (event_.type) {
        case YAML_MAPPING_START_EVENT:
        case YAML_SEQUENCE_START_EVENT:
            ++open;
            break;
        case YAML_MAPPING_END_EVENT:
        case YAML_SEQUENCE_END_EVENT:
            if (open == 0) return; // the parent's end: not ours to take
            --open;
            break;
        case YAML_SCALAR_EVENT:
        case YAML_ALIAS_EVENT:
            break;
        default:
            return; // never walk past the end of the document
        }
        consume();
    } while (open > 0 && !failed_);
}

} // namespace coop
