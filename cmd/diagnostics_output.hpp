#pragma once
// Showing diagnostics: GNU style with the source line and a caret, or JSON.
#include <cstdio>
#include <filesystem>
#include <string>

#include "model/diagnostic.hpp"

namespace coop::cli {

// path:line:col: error: message, then the line and a caret, like a compiler.
void print_diagnostics(std::FILE* out, const Diagnostics& diags, const std::filesystem::path& root,
                       bool color);

// path:line:col: error: message, one line each, without the source.
void print_diagnostic_lines(std::FILE* out, const Diagnostics& diags, bool color);

// [{"path": ..., "line": ..., "column": ..., "severity": ..., "message": ...}]
std::string diagnostics_json(const Diagnostics& diags);

// "2 errors, 1 warning"
std::string count_problems(const Diagnostics& diags);

} // namespace coop::cli
