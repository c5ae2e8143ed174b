#pragma once
// A YAML document as a tree of nodes that remember where their text is, to
// compare two documents value by value (comments and layout aside) and to
// change one value in place, keeping every other byte. Knows nothing of the
// ledger: keys are addressed by dotted paths ("distribution.reserve").
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace coop {

struct YamlNode {
    enum class Type { scalar, sequence, mapping };
    Type type = Type::scalar;
    bool flow = false;              // collections: written [a, b] or {k: v}
    bool plain = false;             // scalars: unquoted
    std::string text;               // scalars: the value
    std::size_t begin = 0, end = 0; // the node's bytes; block collections: to their last item's end
    std::vector<std::pair<std::string, std::unique_ptr<YamlNode>>> members; // mappings, in order
    std::vector<std::unique_ptr<YamlNode>> items;                           // sequences
    std::size_t key_end = 0;    // as a mapping's value: where its key ends
    std::size_t key_column = 0; // as a mapping's value: its key's column, from 0

    const YamlNode* find(std::string_view key) const; // a mapping's member
};

// The document's root, or nothing when `text` is not one YAML document of
// plain nodes (anchors, aliases and tags are not followed).
std::unique_ptr<YamlNode> parse_yaml_tree(std::string_view text);

// The node at the dotted `path` below `root` (mappings only), or null.
const YamlNode* find_path(const YamlNode& root, std::string_view path);

// The node's value in one canonical line: scalars as their text, collections
// in flow style with ", " between items and ": " after keys.
std::string canonical(const YamlNode& node);

// Every value that is not a mapping, by dotted path from the root
// ("review.scale" -> "[0, 5]"): what a document says, however it is written.
std::map<std::string, std::string> yaml_values(const YamlNode& root);

// `text` with the value at `path` set to `value` (YAML text of one line):
// an existing scalar or flow value is replaced where it stands, keeping the
// rest of its line (a comment); a block list or mapping is replaced by
// `value` after its key; a missing key is added to its mapping (in the
// mapping's style and indentation), with the mappings above it when those
// are missing too. Nothing, with `error` set, when the path runs through a
// list or a value that is neither a mapping nor empty.
std::optional<std::string> yaml_set(std::string_view text, std::string_view path,
                                    std::string_view value, std::string& error);

} // namespace coop
