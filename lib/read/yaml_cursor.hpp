#pragma once
// A pull cursor over libyaml's event parser. Readers walk a file with it in
// recursive descent and build entries straight from the events: no document
// tree is ever built. Every problem becomes a diagnostic; after a syntax error
// the cursor reports "no more nodes" so every loop above it ends cleanly.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include <yaml.h>

#include "model/diagnostic.hpp"
#include "model/ledger.hpp"
#include "util/char_offsets.hpp"

namespace coop {

enum class NodeKind { scalar, mapping, sequence, none };

struct Scalar {
    std::string_view text; // valid until the next scalar is read
    Pos pos;
    bool plain = false;             // unquoted: YAML would give it a type (number, bool, null)
    bool alias = false;             // an alias, already reported: there is no value to read
    std::size_t begin = 0, end = 0; // the scalar as written: bytes [begin, end) of the input
};

class YamlCursor {
  public:
    YamlCursor(std::string_view input, std::string path, Diagnostics& diags);
    ~YamlCursor();
    YamlCursor(const YamlCursor&) = delete;
    YamlCursor& operator=(const YamlCursor&) = delete;

    // Enters the single document of the file; false when there is none.
    bool begin_document();
    // Checks that nothing but the end of the stream follows, and reports the
    // errors that waited for the file to parse to its end.
    void end_document();

    NodeKind peek();
    Pos peek_pos();

    bool enter_mapping();       // consumes the start of a mapping
    bool next_key(Scalar& key); // false at the end of the mapping (consumed)
    bool enter_sequence();      // consumes the start of a sequence
    bool next_item();           // false at the end of the sequence (consumed)
    bool scalar(Scalar& out);   // consumes a scalar node
    void skip();                // consumes one whole node, whatever it is

    void error(Pos pos, std::string message);
    void warning(Pos pos, std::string message);
    // An error that only holds if the file parses to its end: a missing key is
    // no news when a syntax error further down cut the mapping short.
    void error_unless_broken(Pos pos, std::string message);
    const std::string& path() const { return path_; }
    // A scalar's text as the file writes it (quotes and escapes included).
    std::string_view source(const Scalar& s) const {
        return input_.substr(s.begin, s.end - s.begin);
    }
    bool failed() const { return failed_; }

  private:
    bool fetch();
    Pos pos_at_offset(std::size_t offset) const;
    void consume();
    void check_properties();

    yaml_parser_t parser_{};
    yaml_event_t event_{}; // the peeked event, when have_event_
    yaml_event_t held_{};  // the last scalar handed out, kept alive for its text
    bool have_event_ = false;
    bool have_held_ = false;
    bool failed_ = false;
    int depth_ = 0;
    std::vector<Diagnostic> pending_;
    std::string_view input_;
    CharOffsets bytes_; // libyaml's character marks to byte offsets
    std::string path_;
    Diagnostics& diags_;
};

} // namespace coop
