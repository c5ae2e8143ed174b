#pragma once
// A table of text cells, rendered for a terminal, as CSV, or as a GitHub
// Markdown table. JSON is not rendered here: each command documents its own
// JSON shape.
#include <string>
#include <vector>

namespace coop::cli {

enum class Align { left, right };

struct Column {
    std::string header;
    Align align = Align::left; // right for numbers
};

using Row = std::vector<std::string>;

struct Table {
    std::vector<Column> columns;
    std::vector<Row> rows;   // each with one cell per column
    std::vector<Row> footer; // totals: under a rule as text, bold in Markdown, left out of CSV
};

// Aligned columns two spaces apart, a rule under the header and above the
// footer; the header in bold when `color`. No trailing spaces.
std::string render_text(const Table& t, bool color);

// RFC 4180: a header row, then the rows (not the footer); a cell holding a
// comma, a double quote or a line break is quoted, its quotes doubled. Lines end in LF.
std::string render_csv(const Table& t);

// At most `width` characters: longer text is cut and ends in "...".
std::string truncated(const std::string& text, std::size_t width);

// A GitHub pipe table; '|' in a cell is escaped, line breaks become spaces.
std::string render_markdown(const Table& t);

} // namespace coop::cli
