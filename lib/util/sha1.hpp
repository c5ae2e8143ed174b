#pragma once
// SHA-1 (FIPS 180-4) of a byte string, for short stable names derived from
// longer ones (SEPA end-to-end ids). Not for security.
#include <string>
#include <string_view>

namespace coop {

// The 40 lowercase hex digits of SHA-1(data).
std::string sha1_hex(std::string_view data);

} // namespace coop
