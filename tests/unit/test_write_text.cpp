// Text the writing commands produce: YAML scalars that read back exactly, and
// entries appended so that the rest of a file keeps every byte.
#include <catch2/catch.hpp>

#include "read/yaml_cursor.hpp"
#include "write/file_text.hpp"
#include "write/yaml_text.hpp"

using namespace coop;

namespace {

// The scalar of `key: <text>` as coop's reader sees it.
std::string read_back(const std::string& yaml_value, bool& plain, bool& ok) {
    const std::string doc = "key: " + yaml_value + "\n";
    Diagnostics diags;
    YamlCursor c(doc, "t.yaml", diags);
    ok = false;
    std::string out;
    if (!c.begin_document() || !c.enter_mapping()) return out;
    Scalar key;
    if (!c.next_key(key)) return out;
    Scalar value;
    if (!c.scalar(value)) return out;
    out = std::string(value.text);
    plain = value.plain;
    ok = !diags.has_errors();
    return out;
}

} // namespace

TEST_CASE("yaml_scalar reads back as the same text") {
    const char* samples[] = {"Fix the checkout flow",
                             "fix: a \"b\" #c",
                             "- dash",
                             "yes",
                             "No",
                             "on",
                             "null",
                             "~",
                             "",
                             "123",
                             "1.5",
                             "0x10",
                             "1e3",
                             "2026-11-03",
                             "1:20",
                             " lead",
                             "trail ",
                             "multi\nline",
                             "tab\there",
                             "unicode é ☃ 日本",
                             "'q'",
                             "back\\slash",
                             "[x]",
                             "{x}",
                             "x, y",
                             "&a",
                             "*a",
                             "!t",
                             "%d",
                             "@a",
                             "`b",
                             "? q",
                             "|l",
                             ">f",
                             "a #b",
                             "a: b",
                             "end:",
                             "ctl\x01\x7f",
                             "nel\u0085",
                             "ls\u2028ps\u2029",
                             "bom\ufeff",
                             "#c",
                             "100%",
                             "=",
                             "<<",
                             "https://x.org/a?b=c#d"};
    for (const char* sample : samples) {
        const std::string s = sample;
        const std::string yaml = yaml_scalar(s);
        bool plain = false, ok = false;
        INFO("sample '" << s << "' written as " << yaml);
        CHECK(read_back(yaml, plain, ok) == s);
        CHECK(ok);
        if (plain) CHECK(yaml == s); // a plain scalar is only ever the text itself
    }
}

TEST_CASE("yaml_scalar writes ordinary text plain, and typed-looking text quoted") {
    CHECK(yaml_scalar("Fix the checkout flow") == "Fix the checkout flow");
    CHECK(yaml_scalar("Clean fix, with tests.") == "Clean fix, with tests.");
    CHECK(yaml_scalar("yes") == "\"yes\"");
    CHECK(yaml_scalar("123") == "\"123\"");
    CHECK(yaml_scalar("a: b") == "\"a: b\"");
    CHECK(yaml_scalar("multi\nline") == "\"multi\\nline\"");
    CHECK(yaml_flow_scalar("a,b") == "\"a,b\"");
    CHECK(yaml_flow_scalar("alice@example.org") == "alice@example.org");
}

TEST_CASE("valid_utf8") {
    CHECK(valid_utf8("plain é ☃ 😀"));
    CHECK_FALSE(valid_utf8("\xff"));
    CHECK_FALSE(valid_utf8("\xc0\xaf"));     // overlong
    CHECK_FALSE(valid_utf8("\xed\xa0\x80")); // a surrogate
    CHECK_FALSE(valid_utf8("\xe2\x82"));     // cut short
}

TEST_CASE("append_entry keeps every byte and follows the file's layout") {
    const std::string entry = "- id: x\n  date: 2026-11-03\n";
    SECTION("a new file is the header and the entry") {
        const TextChange c = append_entry(std::nullopt, "member: a\nentries:\n", entry);
        CHECK(c.text == "member: a\nentries:\n  - id: x\n    date: 2026-11-03\n");
        CHECK(c.first_new_line == 1);
    }
    SECTION("appended after comments, at the items' indentation") {
        const std::string old = "member: a\nentries:\n- id: w\n  date: 2026-11-01\n# end\n";
        const TextChange c = append_entry(old, "", entry);
        CHECK(c.text == old + entry);
        CHECK(c.first_new_line == 6);
    }
    SECTION("a final newline is added first") {
        const TextChange c = append_entry(std::string("entries:\n  - id: w"), "", entry);
        CHECK(c.text == "entries:\n  - id: w\n  - id: x\n    date: 2026-11-03\n");
    }
    SECTION("before a key that follows the list") {
        const std::string old = "entries:\n  - id: w\n\n# the owner\nmember: a\n";
        const TextChange c = append_entry(old, "", entry);
        CHECK(c.text ==
              "entries:\n  - id: w\n  - id: x\n    date: 2026-11-03\n\n# the owner\nmember: a\n");
        CHECK(c.first_new_line == 3);
    }
    SECTION("no entries key: one is added") {
        const TextChange c = append_entry(std::string("member: a\n"), "", entry);
        CHECK(c.text == "member: a\nentries:\n  - id: x\n    date: 2026-11-03\n");
    }
    SECTION("an empty flow list opens up, CRLF stays CRLF") {
        const TextChange c = append_entry(std::string("entries: [] # none\r\n"), "", entry);
        CHECK(c.text == "entries: # none\r\n  - id: x\r\n    date: 2026-11-03\r\n");
    }
}

TEST_CASE("set_top_level_value replaces one value and keeps its comment") {
    const std::string old = "handle: a\nleft: null   # out from the day after\nroles: []\n";
    const TextChange c = set_top_level_value(old, "left", "2026-11-30");
    CHECK(c.text == "handle: a\nleft: 2026-11-30   # out from the day after\nroles: []\n");
    CHECK(c.first_new_line == 2);
    const TextChange d = set_top_level_value("handle: a", "left", "2026-11-30");
    CHECK(d.text == "handle: a\nleft: 2026-11-30\n");
    const TextChange e = set_top_level_value("  left: nested\nleftover: 1\n", "left", "x");
    CHECK(e.text == "  left: nested\nleftover: 1\nleft: x\n");
}
