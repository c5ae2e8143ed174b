// coop pay's parts: IBAN and BIC checks, the SEPA character set, SHA-1 and
// end-to-end ids, the payees file.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include <fmt/format.h>

#include "model/date.hpp"
#include "pay/bank_account.hpp"
#include "pay/payees.hpp"
#include "pay/payment_plan.hpp"
#include "pay/sepa_text.hpp"
#include "util/sha1.hpp"

using namespace coop;

TEST_CASE("IBANs pass mod 97 in their electronic form", "[pay]") {
    CHECK(compact_iban("de89 3704 0044 0532 0130 00") == "DE89370400440532013000");
    CHECK_FALSE(iban_problem("DE89370400440532013000"));
    CHECK_FALSE(iban_problem("FR1420041010050500013M02606"));
    CHECK_FALSE(iban_problem("GB82WEST12345698765432"));
    CHECK(*iban_problem("DE88370400440532013000") ==
          "fails the IBAN check (mod 97): a digit is wrong or two are swapped");
    CHECK(*iban_problem("DE89370400440532013001") ==
          "fails the IBAN check (mod 97): a digit is wrong or two are swapped");
    CHECK(*iban_problem("DE8937040044") ==
          "is not an IBAN (a country code, 2 check digits, then 11 to 30 letters and digits, "
          "like DE89 3704 0044 0532 0130 00)");
    CHECK(iban_problem("1E89370400440532013000"));
    CHECK(iban_problem("DE89-370400440532013000"));
    CHECK(iban_problem("DE893704004405320130001234567890123")); // 35 characters
}

TEST_CASE("BICs have the ISO 9362 form", "[pay]") {
    CHECK_FALSE(bic_problem("COBADEFFXXX"));
    CHECK_FALSE(bic_problem("COBADEFF"));
    CHECK_FALSE(bic_problem("BNPAFRPP"));
    CHECK(*bic_problem("COBADE") ==
          "is not a BIC (8 or 11 capital letters and digits: a 4-letter bank code, a 2-letter "
          "country code, 2 for the location and 3 for an optional branch, like COBADEFFXXX)");
    CHECK(bic_problem("cobadeffxxx"));
    CHECK(bic_problem("COBAD1FFXXX"));
    CHECK(bic_problem("COBADEFFXX"));
    CHECK(*bic_problem("COBADE1FXXX") ==
          "is not a BIC: its location (7th and 8th characters) cannot start with 0 or 1 nor end "
          "with the letter O");
    CHECK(bic_problem("COBADEFO"));
}

TEST_CASE("Names are written in the SEPA character set", "[pay]") {
    CHECK(sepa_text("Zoë & Søren", 70) == "Zoe + Soren");
    CHECK(sepa_text("Łukasz Żółć", 70) == "Lukasz Zolc");
    CHECK(sepa_text("Jürgen Groß", 70) == "Jurgen Gross");
    CHECK(sepa_text("Æsa Þórsdóttir", 70) == "AEsa THorsdottir");
    CHECK(sepa_text("ACME; Ltd \"best\" [EU]", 70) == "ACME, Ltd 'best' (EU)");
    CHECK(sepa_text("  a\t\tb\n c  ", 70) == "a b c");
    CHECK(sepa_text("Ольга", 70) == ".....");
    CHECK(sepa_text("bad \xff byte", 70) == "bad . byte");
    CHECK(sepa_text("a@b#c", 70) == "a b c");
    CHECK(sepa_text("abcdefgh", 5) == "abcde");
    CHECK(sepa_text("abcd efgh", 5) == "abcd");
    for (const char ch : sepa_text("x&<>\"'!$%_`~|\\{}[]^=*#@;é", 140))
        CHECK(is_sepa_char(ch));
}

TEST_CASE("SHA-1 of known strings", "[pay]") {
    CHECK(sha1_hex("") == "da39a3ee5e6b4b0d3255bfef95601890afd80709");
    CHECK(sha1_hex("abc") == "a9993e364706816aba3e25717850c26c9cd0d89d");
    CHECK(sha1_hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq") ==
          "84983e441c3bd26ebaae4aa1f95129e5e54670f1");
    CHECK(sha1_hex(std::string(1000, 'a')) == "291e9a6c66994949b57ba5e650361e98fc36b1ba");
}

TEST_CASE("End-to-end ids are at most 35 characters", "[pay]") {
    const Period nov = *parse_period("2026-11");
    CHECK(end_to_end_id(nov, "alice") == "2026-11-alice");
    const std::string h27(27, 'a');
    CHECK(end_to_end_id(nov, h27) == "2026-11-" + h27); // exactly 35
    const std::string h28(28, 'a');
    CHECK(end_to_end_id(nov, h28) == "2026-11-" + sha1_hex(h28).substr(0, 27));
    CHECK(end_to_end_id(nov, h28).size() == 35);
    CHECK(end_to_end_id(*parse_period("2026-Q4"), "bob") == "2026-Q4-bob");
}

TEST_CASE("The payees file", "[pay]") {
    Diagnostics diags;
    const Payees p = read_payees("payees:\n"
                                 "  alice: {name: Alice Martin, iban: de89 3704 0044 0532 0130 "
                                 "00, bic: COBADEFFXXX}\n"
                                 "  bob:\n"
                                 "    name: Bob\n"
                                 "    iban: GB82WEST12345698765432\n",
                                 "payees.yaml", diags);
    CHECK_FALSE(diags.has_errors());
    REQUIRE(p.payees.size() == 2);
    CHECK(p.find("alice")->iban == "DE89370400440532013000");
    CHECK(p.find("alice")->bic == "COBADEFFXXX");
    CHECK(p.find("bob")->bic.empty());
    CHECK(p.find("carol") == nullptr);
    CHECK(p.pos.line == 1);

    Diagnostics bad;
    read_payees("payees:\n"
                "  alice: {name: A, iban: DE88370400440532013000}\n"
                "  Bob: {name: B, iban: GB82WEST12345698765432}\n"
                "  carol: {name: C, iban: GB82WEST12345698765432, bic: X, swift: Y}\n"
                "  dave: {iban: GB82WEST12345698765432}\n"
                "  alice: {name: A, iban: DE89370400440532013000}\n",
                "payees.yaml", bad);
    bad.sort();
    std::vector<std::string> got;
    for (const Diagnostic& d : bad.items())
        got.push_back(fmt::format("{}:{}: {}", d.line, d.column, d.message));
    CHECK(got == std::vector<std::string>{
                     "2:26: alice's IBAN 'DE88370400440532013000' fails the IBAN check (mod 97): "
                     "a digit is wrong or two are swapped",
                     "3:3: 'Bob' is not a valid handle (a lowercase letter, then up to 31 "
                     "lowercase letters, digits or dashes)",
                     "4:55: carol's BIC 'X' is not a BIC (8 or 11 capital letters and digits: a "
                     "4-letter bank code, a 2-letter country code, 2 for the location and 3 for "
                     "an optional branch, like COBADEFFXXX)",
                     "4:58: unknown key 'swift' in payee; did you mean 'bic'?",
                     "5:9: missing key 'name' in payee",
                     "6:3: duplicate payee 'alice' (first at line 2)"});
}
