#include "table_output.hpp"

#include <algorithm>

namespace coop::cli {

namespace {

// Characters, not bytes: UTF-8 continuation bytes take no column.
std::size_t width(const std::string& s) {
    return static_cast<std::size_t>(std::count_if(s.begin(), s.end(), [](char ch) {
        return (static_cast<unsigned char>(ch) & 0xC0) != 0x80;
    }));
}

std::string padded(const std::string& cell, std::size_t to, Align align) {
    const std::string pad(to - std::min(to, width(cell)), ' ');
    return align == Align::right ? pad + cell : cell + pad;
}

void trim_right(std::string& line) {
    while (!line.empty() && line.back() == ' ')
        line.pop_back();
}

std::string csv_cell(const std::string& cell) {
    if (cell.find_first_of(",\"\r\n") == std::string::npos) return cell;
    std::string out = "\"";
    for (const char ch : cell) {
        if (ch == '"') out += '"';
        out += ch;
    }
    return out + '"';
}

std::string markdown_cell(const std::string& cell) {
    std::string out;
    for (const char ch : cell) {
        if (ch == '|')
            out += "\\|";
        else if (ch == '\n' || ch == '\r')
            out += ' ';
        else
            out += ch;
    }
    return out;
}

} // namespace

std::string render_text(const Table& t, bool color) {
    std::vector<std::size_t> widths;
    for (const Column& c : t.columns)
        widths.push_back(width(c.header));
    for (const auto* rows : {&t.rows, &t.footer})
        for (const Row& row : *rows)
            for (std::size_t i = 0; i < row.size() && i < widths.size(); ++i)
                widths[i] = std::max(widths[i], width(row[i]));

    const auto line_of = [&](const auto& cell_at) {
        std::string line;
        for (std::size_t i = 0; i < t.columns.size(); ++i) {
            if (i > 0) line += "  ";
            line += padded(cell_at(i), widths[i], t.columns[i].align);
        }
        trim_right(line);
        return line + '\n';
    };
    const std::string rule = line_of([&](std::size_t i) { return std::string(widths[i], '-'); });

    std::string out;
    const std::string header = line_of([&](std::size_t i) { return t.columns[i].header; });
    out += color ? "\033[1m" + header.substr(0, header.size() - 1) + "\033[0m\n" : header;
    out += rule;
    for (const auto* rows : {&t.rows, &t.footer}) {
        if (rows == &t.footer && !t.footer.empty()) out += rule;
        for (const Row& row : *rows)
            out += line_of([&](std::size_t i) { return i < row.size() ? row[i] : std::string(); });
    }
    return out;
}

std::string render_csv(const Table& t) {
    std::string out;
    const auto add_line = [&](const auto& cell_at) {
        for (std::size_t i = 0; i < t.columns.size(); ++i) {
            if (i > 0) out += ',';
            out += csv_cell(cell_at(i));
        }
        out += '\n';
    };
    add_line([&](std::size_t i) { return t.columns[i].header; });
    for (const Row& row : t.rows)
        add_line([&](std::size_t i) { return i < row.size() ? row[i] : std::string(); });
    return out;
}

std::string render_markdown(const Table& t) {
    std::string out = "|";
    for (const Column& c : t.columns)
        out += " " + markdown_cell(c.header) + " |";
    out += "\n|";
    for (const Column& c : t.columns)
        out += c.align == Align::right ? " ---: |" : " --- |";
    out += '\n';
    for (const auto* rows : {&t.rows, &t.footer}) {
        const bool bold = rows == &t.footer;
        for (const Row& row : *rows) {
            out += '|';
            for (std::size_t i = 0; i < t.columns.size(); ++i) {
                const std::string cell = i < row.size() ? markdown_cell(row[i]) : std::string();
                out += " " + (bold && !cell.empty() ? "**" + cell + "**" : cell) + " |";
            }
            out += '\n';
        }
    }
    return out;
}

std::string truncated(const std::string& text, std::size_t width) {
    // Characters, not bytes: a UTF-8 continuation byte starts none.
    std::size_t chars = 0, cut = text.size();
    for (std::size_t i = 0; i < text.size(); ++i) {
        if ((static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) continue;
        if (chars == width - 3) cut = i;
        if (++chars > width) return text.substr(0, cut) + "...";
    }
    return text;
}

} // namespace coop::cli
