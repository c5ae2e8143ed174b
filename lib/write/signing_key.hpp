#pragma once
// The key a --commit signs with when the co-op signs its commits (audit O3).
#include <filesystem>
#include <string>
#include <string_view>

namespace coop {

// git's user.signingkey when `required`, else empty. Throws Error(usage)
// before anything is written when the co-op signs and git has no key; the
// message ends with `instead`, what to do once the key is set ("then coop pay
// --commit", "or leave out --commit", options as option_ref).
std::string signing_key_for(const std::filesystem::path& root, bool required,
                            std::string_view instead);

} // namespace coop
