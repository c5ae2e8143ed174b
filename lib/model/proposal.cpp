#include "model/proposal.hpp"

namespace coop {

std::string_view change_kind_name(ChangeKind k) {
    switch (k) {
    case ChangeKind::policy:
        return "policy";
    case ChangeKind::roles:
        return "roles";
    case ChangeKind::remove:
        return "remove";
    case ChangeKind::waive:
        return "waive";
    }
    return "policy";
}

std::string_view stance_name(StanceKind k) {
    switch (k) {
    case StanceKind::consent:
        return "consent";
    case StanceKind::object:
        return "object";
    case StanceKind::abstain:
        return "abstain";
    }
    return "consent";
}

} // namespace coop
