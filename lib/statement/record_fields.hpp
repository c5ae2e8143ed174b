#pragma once
// One table of fields per payout record (pool, member, totals, carried): the
// key each value has in the payout JSON and the statement, its type, and how
// to get and set it. The statement reader, writer and comparer and every
// output format (JSON, YAML, CSV, Markdown, table) walk these tables, so a
// field is added in one place.
#include <span>
#include <string>
#include <string_view>
#include <type_traits>

#include "model/money.hpp"
#include "payout/payout.hpp"
#include "util/checked.hpp"

namespace coop {

enum class FieldType {
    money,   // "123.45": the currency's minor digits, in quotes
    points,  // "162.5": exact, in quotes; the table shows 2 decimals
    count,   // 3
    minutes, // 150; the table shows 2h30m
};

// Where a field is shown.
enum FieldUse : unsigned {
    in_json = 1,  // the JSON, the statement and its comparison
    in_table = 2, // the terminal table and Markdown
    in_csv = 4,
    everywhere = 7,
    table_if_nonzero = 8, // with in_table: only when some row of the table is not 0
    // Written only when not 0 (JSON and statement: in that record; table and
    // CSV: in some row), read as 0 when absent: a circle's upstream (SPEC 8).
    nonzero_only = 16,
};

template <typename Record> struct Field {
    std::string_view key;
    FieldType type;
    unsigned use = everywhere;
    bool may_be_negative = false;
    int128 (*get)(const Record&) = nullptr;
    void (*set)(Record&, int128) = nullptr; // null: derived from other fields, not read back
    std::string_view heading = {};          // in the table, when not the key

    std::string_view title() const { return heading.empty() ? key : heading; }
};

namespace field_detail {

template <typename T> struct member_of;
template <typename R, typename V> struct member_of<V R::*> {
    using record = R;
    using value = V;
};

template <auto M> using record_of = typename member_of<decltype(M)>::record;

template <typename V> constexpr int128 number(const V& v) {
    if constexpr (std::is_same_v<V, Money>)
        return v.minor;
    else
        return static_cast<int128>(v);
}

template <typename V> constexpr void assign(V& v, int128 n) {
    if constexpr (std::is_same_v<V, Money>)
        v.minor = static_cast<std::int64_t>(n);
    else
        v = static_cast<V>(n);
}

} // namespace field_detail

// The field stored in member M.
template <auto M>
constexpr Field<field_detail::record_of<M>>
field(std::string_view key, FieldType type, unsigned use = everywhere, bool may_be_negative = false,
      std::string_view heading = {}) {
    using R = field_detail::record_of<M>;
    return {key,
            type,
            use,
            may_be_negative,
            [](const R& r) { return field_detail::number(r.*M); },
            [](R& r, int128 v) { field_detail::assign(r.*M, v); },
            heading};
}

// The record fields of the payout JSON v2 (SPEC 4), in its order.
inline constexpr Field<Pool> pool_fields[] = {
    field<&Pool::income>("income", FieldType::money),
    field<&Pool::expenses>("expenses", FieldType::money),
    field<&Pool::upstream>("upstream", FieldType::money, everywhere | nonzero_only),
    field<&Pool::commissions>("commissions", FieldType::money),
    field<&Pool::general_share>("general-share", FieldType::money, everywhere | table_if_nonzero,
                                true),
    field<&Pool::deficit_in>("deficit-in", FieldType::money, everywhere | table_if_nonzero),
    field<&Pool::deficit_shared>("deficit-shared", FieldType::money, everywhere | table_if_nonzero,
                                 true),
    field<&Pool::balance>("balance", FieldType::money),
    field<&Pool::reserve>("reserve", FieldType::money),
    field<&Pool::distributable>("distributable", FieldType::money),
    field<&Pool::points>("points", FieldType::points, in_json | in_csv),
};

inline constexpr Field<MemberPayout> member_fields[] = {
    field<&MemberPayout::minutes>("minutes", FieldType::minutes, everywhere, false, "time"),
    field<&MemberPayout::contributions>("contributions", FieldType::count, in_json | in_csv),
    field<&MemberPayout::points>("points", FieldType::points),
    field<&MemberPayout::commission>("commission", FieldType::money),
    field<&MemberPayout::earned>("earned", FieldType::money),
    field<&MemberPayout::balance_in>("balance-in", FieldType::money, in_json | in_csv),
    // b(m): what they are owed before this period's payment
    field<&MemberPayout::balance>("balance", FieldType::money, in_table | in_csv),
    field<&MemberPayout::paid>("paid", FieldType::money),
    field<&MemberPayout::balance_out>("balance-out", FieldType::money, in_json | in_csv),
};

inline constexpr Field<PayoutTotals> totals_fields[] = {
    field<&PayoutTotals::income>("income", FieldType::money),
    field<&PayoutTotals::expenses>("expenses", FieldType::money),
    field<&PayoutTotals::upstream>("upstream", FieldType::money, everywhere | nonzero_only),
    field<&PayoutTotals::commissions>("commissions", FieldType::money),
    field<&PayoutTotals::reserve>("reserve", FieldType::money),
    field<&PayoutTotals::earned>("earned", FieldType::money),
    field<&PayoutTotals::paid>("paid", FieldType::money),
    field<&PayoutTotals::loss>("loss", FieldType::money),
    field<&PayoutTotals::covered>("covered", FieldType::money),
};

inline constexpr Field<Carried> carried_fields[] = {
    field<&Carried::reserve>("reserve", FieldType::money),
    field<&Carried::deficit>("deficit", FieldType::money),
    field<&Carried::balances>("balances", FieldType::money),
};

// A statement of v1 (before SPEC v2) spelled some values otherwise; read and
// compared with these, each from the v2 record.
namespace v1_fields {

constexpr int128 v1_balance(const Pool& p) {
    return int128{p.balance.minor} + p.deficit_shared.minor;
}

inline constexpr Field<Pool> pool[] = {
    field<&Pool::income>("income", FieldType::money),
    field<&Pool::expenses>("expenses", FieldType::money),
    field<&Pool::commissions>("commissions", FieldType::money),
    {"balance", FieldType::money, in_json, true, v1_balance, nullptr},
    field<&Pool::reserve>("reserve", FieldType::money),
    field<&Pool::distributable>("distributable", FieldType::money),
    field<&Pool::points>("points", FieldType::points),
    {"deficit", FieldType::money, in_json, false,
     [](const Pool& p) -> int128 {
         const int128 b = v1_balance(p);
         return b < 0 ? -b : 0;
     },
     nullptr},
};

inline constexpr Field<MemberPayout> member[] = {
    field<&MemberPayout::minutes>("minutes", FieldType::minutes),
    field<&MemberPayout::contributions>("contributions", FieldType::count),
    field<&MemberPayout::points>("points", FieldType::points),
    field<&MemberPayout::commission>("commission", FieldType::money),
    field<&MemberPayout::earned>("amount", FieldType::money),
};

inline constexpr Field<PayoutTotals> totals[] = {
    field<&PayoutTotals::income>("income", FieldType::money),
    field<&PayoutTotals::expenses>("expenses", FieldType::money),
    field<&PayoutTotals::commissions>("commissions", FieldType::money),
    field<&PayoutTotals::reserve>("reserve", FieldType::money),
    field<&PayoutTotals::earned>("paid", FieldType::money),
    field<&PayoutTotals::deficits>("deficit", FieldType::money),
};

} // namespace v1_fields

// The fields of a statement of `version`.
template <typename R> std::span<const Field<R>> fields_of(int version) {
    const bool v1 = version < 2;
    if constexpr (std::is_same_v<R, Pool>)
        return v1 ? std::span<const Field<R>>(v1_fields::pool)
                  : std::span<const Field<R>>(pool_fields);
    if constexpr (std::is_same_v<R, MemberPayout>)
        return v1 ? std::span<const Field<R>>(v1_fields::member)
                  : std::span<const Field<R>>(member_fields);
    if constexpr (std::is_same_v<R, PayoutTotals>)
        return v1 ? std::span<const Field<R>>(v1_fields::totals)
                  : std::span<const Field<R>>(totals_fields);
    if constexpr (std::is_same_v<R, Carried>) return carried_fields;
}

// Whether the JSON and the statement write the field of this record.
template <typename R> bool field_written(const Field<R>& f, const R& r) {
    return (f.use & in_json) && !((f.use & nonzero_only) && f.get(r) == 0);
}

// A value as the JSON and the statement write it, without quotes: "123.45",
// "162.5", "150".
std::string field_text(FieldType type, int128 value, int minor_digits);

// Whether the JSON and the statement quote it (amounts and points, so no
// reader takes them for floating point).
constexpr bool field_quoted(FieldType type) {
    return type == FieldType::money || type == FieldType::points;
}

// A value as the terminal table and Markdown show it: points to 2 decimals,
// minutes as a duration.
std::string field_table_text(FieldType type, int128 value, int minor_digits);

} // namespace coop
