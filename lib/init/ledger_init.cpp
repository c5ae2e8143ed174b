#include "init/ledger_init.hpp"

#include <fmt/format.h>

#include "git/repository.hpp"
#include "init/schemas.hpp"
#include "init/templates.hpp"
#include "model/error.hpp"
#include "model/money.hpp"
#include "util/atomic_file.hpp"

namespace fs = std::filesystem;

namespace coop {

InitResult init_ledger(const fs::path& dir, const InitOptions& options) {
    if (!currency_minor_digits(options.currency))
        throw Error(ErrorKind::usage, fmt::format("unknown currency '{}' (an ISO 4217 code such "
                                                  "as EUR, USD or JPY)",
                                                  options.currency));
    std::error_code ec;
    if (fs::exists(dir / "coop.yaml", ec))
        throw Error(
            ErrorKind::usage,
            fmt::format("'{}' already holds a coop ledger (coop.yaml exists)", dir.string()));
    std::string name = options.name;
    if (name.empty()) name = fs::absolute(dir).lexically_normal().filename().string();
    if (name.empty()) name = "Starfish Cooperative";
    if (name.find_first_of("\"\\\n") != std::string::npos)
        throw Error(ErrorKind::usage, "the co-op's name may not hold quotes, backslashes or "
                                      "line breaks");

    InitResult result;
    const auto make_dir = [&](const fs::path& rel) {
        fs::create_directories(dir / rel, ec);
        if (ec)
            throw Error(ErrorKind::io,
                        fmt::format("cannot create '{}': {}", (dir / rel).string(), ec.message()));
    };
    const auto write = [&](const fs::path& rel, std::string_view content) {
        make_dir(rel.parent_path());
        write_file_atomic(dir / rel, content);
        result.created.push_back(rel.generic_string());
    };

    make_dir(".");
    for (const auto& schema : embedded_schemas())
        write(fs::path("schema") / schema.name, schema.content);
    for (const char* folder : {"members", "contributions", "reviews", "revenue", "payouts"})
        write(fs::path(folder) / ".gitkeep", "");
    write(".github/workflows/coop.yml", ci_workflow_template());
    // coop.yaml last: a folder with a coop.yaml is a ledger, so it appears only
    // once everything else is in place.
    write("coop.yaml", coop_yaml_template(name, options.currency));

    if (!git::discover(dir)) {
        git::init(dir);
        result.created_repository = true;
    }
    return result;
}

} // namespace coop
