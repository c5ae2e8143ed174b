#pragma once
// Showing diagnostics: GNU style with the source line and a caret, or JSON.
// The one renderer of every command's diagnostics.
#include <cstdio>
#include <filesystem>
#include <functional>
#include <string>

#include "model/diagnostic.hpp"
#include "read/source_lines.hpp"

namespace coop::cli {

// Whether a diagnostic is about a value typed on the command line rather than
// a place in a file: shown as "coop: error: message", without the place.
using FromCommandLine = std::function<bool(const Diagnostic&)>;

// path:line:col: error: message, then the line and a caret, like a compiler.
// The line is cut to a window around the caret, and everything shown from a
// file or a message is made printable (no escape sequences reach the terminal).
void print_diagnostics(std::FILE* out, const Diagnostics& diags, SourceLines& sources, bool color,
                       const FromCommandLine& from_command_line = {});
// The same, with the lines of the files on disk under `root`.
void print_diagnostics(std::FILE* out, const Diagnostics& diags, const std::filesystem::path& root,
                       bool color);

// path:line:col: error: message, one line each, without the source.
void print_diagnostic_lines(std::FILE* out, const Diagnostics& diags, bool color);

// [{"path": ..., "line": ..., "column": ..., "severity": ..., "message": ...}]
std::string diagnostics_json(const Diagnostics& diags);

// "2 errors, 1 warning"
std::string count_problems(const Diagnostics& diags);

} // namespace coop::cli
