#pragma once
// Running a program without a shell: its arguments as given, a text on its
// standard input, its output and exit status back.
#include <string>
#include <string_view>
#include <vector>

namespace coop {

struct ProcessResult {
    int status = -1; // the exit status; -1 when it was killed by a signal
    std::string out;
    std::string err;
};

// Runs argv[0] (found on PATH) with `input` on its standard input and waits
// for it. Throws OsError when it cannot be started (not installed) or waited for.
ProcessResult run_process(const std::vector<std::string>& argv, std::string_view input);

} // namespace coop
