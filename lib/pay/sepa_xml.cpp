#include "pay/sepa_xml.hpp"

#include <fmt/format.h>

#include "pay/sepa_text.hpp"

namespace coop {

namespace {

// Writes nested elements, two spaces an indent. Text is in the SEPA set, which
// has nothing XML escapes but the apostrophe in attributes (none are texts).
class XmlOut {
  public:
    void open(std::string_view tag, std::string_view attributes = {}) {
        indent();
        out_ += fmt::format("<{}{}>\n", tag, attributes);
        ++depth_;
    }
    void close(std::string_view tag) {
        --depth_;
        indent();
        out_ += fmt::format("</{}>\n", tag);
    }
    void leaf(std::string_view tag, std::string_view text) {
        indent();
        out_ += fmt::format("<{0}>{1}</{0}>\n", tag, text);
    }
    void raw(std::string_view line) {
        indent();
        out_ += line;
        out_ += '\n';
    }
    std::string take() { return std::move(out_); }

  private:
    void indent() { out_.append(static_cast<std::size_t>(depth_) * 2, ' '); }
    std::string out_;
    int depth_ = 0;
};

void agent(XmlOut& x, std::string_view tag, const std::string& bic) {
    x.open(tag);
    x.open("FinInstnId");
    if (bic.empty()) {
        x.open("Othr");
        x.leaf("Id", "NOTPROVIDED");
        x.close("Othr");
    } else {
        x.leaf("BIC", bic);
    }
    x.close("FinInstnId");
    x.close(tag);
}

void account(XmlOut& x, std::string_view tag, const std::string& iban, bool with_currency) {
    x.open(tag);
    x.open("Id");
    x.leaf("IBAN", iban);
    x.close("Id");
    if (with_currency) x.leaf("Ccy", "EUR");
    x.close(tag);
}

void party(XmlOut& x, std::string_view tag, std::string_view name) {
    x.open(tag);
    x.leaf("Nm", sepa_text(name, sepa_name_max));
    x.close(tag);
}

} // namespace

std::string sepa_message_id(const PaymentPlan& plan) {
    std::string id = "coop-" + format_period(plan.period);
    if (plan.computed_from.size() >= 12) id += "-" + plan.computed_from.substr(0, 12);
    return id;
}

std::string sepa_xml(const BankOrder& order, const SepaOptions& options) {
    const PaymentPlan& plan = order.plan;
    Money total;
    for (const Transfer& t : order.transfers)
        total.minor += t.amount.minor;
    const std::string count = std::to_string(order.transfers.size());
    const std::string sum = format_money(total, 2);
    const std::string id = sepa_message_id(plan);
    XmlOut x;
    x.raw(R"(<?xml version="1.0" encoding="UTF-8"?>)");
    x.open("Document", R"( xmlns="urn:iso:std:iso:20022:tech:xsd:pain.001.001.03")");
    x.open("CstmrCdtTrfInitn");
    x.open("GrpHdr");
    x.leaf("MsgId", id);
    x.leaf("CreDtTm", options.created);
    x.leaf("NbOfTxs", count);
    x.leaf("CtrlSum", sum);
    party(x, "InitgPty", order.initiator);
    x.close("GrpHdr");
    x.open("PmtInf");
    x.leaf("PmtInfId", id);
    x.leaf("PmtMtd", "TRF");
    x.leaf("BtchBookg", "true");
    x.leaf("NbOfTxs", count);
    x.leaf("CtrlSum", sum);
    x.open("PmtTpInf");
    x.open("SvcLvl");
    x.leaf("Cd", "SEPA");
    x.close("SvcLvl");
    x.close("PmtTpInf");
    x.leaf("ReqdExctnDt", format_date(options.execution));
    party(x, "Dbtr", order.payer.name);
    account(x, "DbtrAcct", order.payer.iban, true);
    agent(x, "DbtrAgt", order.payer.bic);
    x.leaf("ChrgBr", "SLEV");
    for (const Transfer& t : order.transfers) {
        x.open("CdtTrfTxInf");
        x.open("PmtId");
        x.leaf("EndToEndId", t.end_to_end_id);
        x.close("PmtId");
        x.open("Amt");
        x.raw(fmt::format(R"(<InstdAmt Ccy="EUR">{}</InstdAmt>)", format_money(t.amount, 2)));
        x.close("Amt");
        if (!t.bic.empty()) agent(x, "CdtrAgt", t.bic);
        party(x, "Cdtr", t.name);
        account(x, "CdtrAcct", t.iban, false);
        x.open("RmtInf");
        x.leaf("Ustrd", plan.reference);
        x.close("RmtInf");
        x.close("CdtTrfTxInf");
    }
    x.close("PmtInf");
    x.close("CstmrCdtTrfInitn");
    x.close("Document");
    return x.take();
}

} // namespace coop
