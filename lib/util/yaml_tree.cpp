#include "util/yaml_tree.hpp"

#include <yaml.h>

namespace coop {

namespace {

// libyaml's events, each copied out and freed at once.
class Events {
  public:
    explicit Events(std::string_view text) {
        ok_ = yaml_parser_initialize(&parser_) != 0;
        if (ok_)
            yaml_parser_set_input_string(
                &parser_, reinterpret_cast<const unsigned char*>(text.data()), text.size());
    }
    ~Events() { yaml_parser_delete(&parser_); }
    Events(const Events&) = delete;
    Events& operator=(const Events&) = delete;

    struct Event {
        yaml_event_type_t type = YAML_NO_EVENT;
        std::size_t begin = 0, end = 0, column = 0;
        bool flow = false, plain = false, odd = false; // odd: an anchor, alias or tag
        std::string text;
    };

    bool next(Event& out) {
        if (!ok_) return false;
        yaml_event_t e;
        if (!yaml_parser_parse(&parser_, &e)) return ok_ = false;
        out = Event{};
        out.type = e.type;
        out.begin = e.start_mark.index;
        out.end = e.end_mark.index;
        out.column = e.start_mark.column;
        switch (e.type) {
        case YAML_SCALAR_EVENT:
            out.text.assign(reinterpret_cast<const char*>(e.data.scalar.value),
                            e.data.scalar.length);
            out.plain = e.data.scalar.style == YAML_PLAIN_SCALAR_STYLE;
            out.odd = e.data.scalar.anchor || (e.data.scalar.tag && !e.data.scalar.plain_implicit &&
                                               !e.data.scalar.quoted_implicit);
            break;
        case YAML_SEQUENCE_START_EVENT:
            out.flow = e.data.sequence_start.style == YAML_FLOW_SEQUENCE_STYLE;
            out.odd = e.data.sequence_start.anchor || !e.data.sequence_start.implicit;
            break;
        case YAML_MAPPING_START_EVENT:
            out.flow = e.data.mapping_start.style == YAML_FLOW_MAPPING_STYLE;
            out.odd = e.data.mapping_start.anchor || !e.data.mapping_start.implicit;
            break;
        case YAML_ALIAS_EVENT:
            out.odd = true;
            break;
        default:
            break;
        }
        yaml_event_delete(&e);
        return true;
    }

  private:
    yaml_parser_t parser_{};
    bool ok_ = false;
};

constexpr int max_depth = 64;

std::unique_ptr<YamlNode> build(Events& events, const Events::Event& first, int depth) {
    if (first.odd || depth > max_depth) return nullptr;
    auto n = std::make_unique<YamlNode>();
    n->begin = first.begin;
    n->end = first.end;
    if (first.type == YAML_SCALAR_EVENT) {
        n->text = first.text;
        n->plain = first.plain;
        return n;
    }
    const bool mapping = first.type == YAML_MAPPING_START_EVENT;
    if (!mapping && first.type != YAML_SEQUENCE_START_EVENT) return nullptr;
    n->type = mapping ? YamlNode::Type::mapping : YamlNode::Type::sequence;
    n->flow = first.flow;
    Events::Event e;
    for (;;) {
        if (!events.next(e)) return nullptr;
        if (e.type == YAML_MAPPING_END_EVENT || e.type == YAML_SEQUENCE_END_EVENT) break;
        if (!mapping) {
            auto item = build(events, e, depth + 1);
            if (!item) return nullptr;
            n->items.push_back(std::move(item));
            continue;
        }
        if (e.type != YAML_SCALAR_EVENT || e.odd) return nullptr; // keys are scalars here
        std::string key = e.text;
        const std::size_t key_end = e.end, key_column = e.column;
        Events::Event v;
        if (!events.next(v)) return nullptr;
        auto value = build(events, v, depth + 1);
        if (!value) return nullptr;
        value->key_end = key_end;
        value->key_column = key_column;
        n->members.emplace_back(std::move(key), std::move(value));
    }
    if (n->flow)
        n->end = e.end;
    else if (mapping && !n->members.empty())
        n->end = n->members.back().second->end;
    else if (!mapping && !n->items.empty())
        n->end = n->items.back()->end;
    return n;
}

std::vector<std::string_view> split_path(std::string_view path) {
    std::vector<std::string_view> keys;
    std::size_t start = 0;
    for (;;) {
        const auto dot = path.find('.', start);
        keys.push_back(path.substr(start, dot - start));
        if (dot == std::string_view::npos) break;
        start = dot + 1;
    }
    return keys;
}

bool is_empty_value(const YamlNode& n) {
    return n.type == YamlNode::Type::scalar && n.plain &&
           (n.text.empty() || n.text == "null" || n.text == "~");
}

// {k1: {k2: value}} for the keys from `from` on, or the bare value after the last.
std::string nested_flow(const std::vector<std::string_view>& keys, std::size_t from,
                        std::string_view value) {
    std::string out(value);
    for (std::size_t i = keys.size(); i-- > from;)
        out = "{" + std::string(keys[i]) + ": " + out + "}";
    return out;
}

void collect(const YamlNode& n, const std::string& prefix,
             std::map<std::string, std::string>& out) {
    for (const auto& [key, value] : n.members) {
        const std::string path = prefix.empty() ? key : prefix + "." + key;
        if (value->type == YamlNode::Type::mapping && !value->members.empty())
            collect(*value, path, out);
        else
            out[path] = canonical(*value);
    }
}

} // namespace

const YamlNode* YamlNode::find(std::string_view key) const {
    for (const auto& [k, v] : members)
        if (k == key) return v.get();
    return nullptr;
}

std::unique_ptr<YamlNode> parse_yaml_tree(std::string_view text) {
    Events events(text);
    Events::Event e;
    if (!events.next(e) || e.type != YAML_STREAM_START_EVENT) return nullptr;
    if (!events.next(e) || e.type != YAML_DOCUMENT_START_EVENT) return nullptr;
    if (!events.next(e)) return nullptr;
    auto root = build(events, e, 0);
    if (!root) return nullptr;
    if (!events.next(e) || e.type != YAML_DOCUMENT_END_EVENT) return nullptr;
    if (!events.next(e) || e.type != YAML_STREAM_END_EVENT) return nullptr;
    return root;
}

const YamlNode* find_path(const YamlNode& root, std::string_view path) {
    const YamlNode* n = &root;
    for (std::string_view key : split_path(path))
        if (!n || !(n = n->find(key))) return nullptr;
    return n;
}

std::string canonical(const YamlNode& n) {
    std::string out;
    switch (n.type) {
    case YamlNode::Type::scalar:
        return n.text;
    case YamlNode::Type::sequence:
        out = "[";
        for (std::size_t i = 0; i < n.items.size(); ++i)
            out += (i ? ", " : "") + canonical(*n.items[i]);
        return out + "]";
    case YamlNode::Type::mapping:
        out = "{";
        for (std::size_t i = 0; i < n.members.size(); ++i)
            out += (i ? ", " : "") + n.members[i].first + ": " + canonical(*n.members[i].second);
        return out + "}";
    }
    return out;
}

std::map<std::string, std::string> yaml_values(const YamlNode& root) {
    std::map<std::string, std::string> out;
    if (root.type == YamlNode::Type::mapping)
        collect(root, "", out);
    else
        out[""] = canonical(root);
    return out;
}

std::optional<std::string> yaml_set(std::string_view text, std::string_view path,
                                    std::string_view value, std::string& error) {
    const auto root = parse_yaml_tree(text);
    if (!root || root->type != YamlNode::Type::mapping) {
        error = "the file is not a YAML mapping that can be changed in place";
        return std::nullopt;
    }
    const std::vector<std::string_view> keys = split_path(path);
    std::string out(text);
    const YamlNode* map = root.get();
    for (std::size_t i = 0; i < keys.size(); ++i) {
        const YamlNode* child = map->find(keys[i]);
        const std::string here(path.substr(0, keys[i].data() + keys[i].size() - path.data()));
        if (child && i + 1 < keys.size() && child->type == YamlNode::Type::mapping) {
            map = child;
            continue;
        }
        if (child && (i + 1 == keys.size() || is_empty_value(*child))) {
            const std::string v =
                i + 1 == keys.size() ? std::string(value) : nested_flow(keys, i + 1, value);
            if (child->type != YamlNode::Type::scalar && !child->flow)
                return out.replace(child->key_end, child->end - child->key_end, ": " + v);
            const bool bare =
                child->begin == child->end && child->begin > 0 && out[child->begin - 1] == ':';
            return out.replace(child->begin, child->end - child->begin, (bare ? " " : "") + v);
        }
        if (child) {
            error = child->type == YamlNode::Type::sequence
                        ? "'" + here + "' is a list, not a mapping of keys"
                        : "'" + here + "' is a value, not a mapping of keys";
            return std::nullopt;
        }
        // keys[i] is missing from `map`: add it there.
        if (map->flow) {
            const std::string member =
                std::string(keys[i]) + ": " + nested_flow(keys, i + 1, value);
            if (map->members.empty()) return out.insert(map->begin + 1, member);
            return out.insert(map->members.back().second->end, ", " + member);
        }
        const std::string eol = text.find("\r\n") != std::string_view::npos ? "\r\n" : "\n";
        const std::size_t column =
            map->members.empty() ? 0 : map->members.front().second->key_column;
        std::string lines;
        for (std::size_t j = i; j < keys.size(); ++j) {
            lines += std::string(column + 2 * (j - i), ' ') + std::string(keys[j]) + ":";
            lines += j + 1 == keys.size() ? " " + std::string(value) + eol : eol;
        }
        const std::size_t last =
            map->members.empty() ? out.size() : map->members.back().second->end;
        std::size_t at = out.find('\n', last);
        if (at == std::string::npos) {
            out += eol;
            at = out.size();
        } else {
            ++at;
        }
        return out.insert(at, lines);
    }
    error = "no key to set";
    return std::nullopt;
}

} // namespace coop
