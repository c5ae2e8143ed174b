"""The rules of a SEPA credit transfer file (pain.001.001.03) that its XML
Schema does not check and banks do (SPEC 9):

- NbOfTxs and CtrlSum, in the group header and in each payment information
  block, equal the count and the exact sum of its transfers;
- every amount is EUR with exactly 2 decimals, from 0.01;
- every IBAN passes mod 97, every BIC has the ISO 9362 form;
- EndToEndIds are unique and at most 35 characters;
- every text is in the SEPA character set.

    problems(xml_text) -> list of messages, [] for a good file
"""
import re
import xml.etree.ElementTree as ET
from decimal import Decimal

NS = {"p": "urn:iso:std:iso:20022:tech:xsd:pain.001.001.03"}
SEPA_TEXT = re.compile(r"^[A-Za-z0-9/\-?:().,'+ ]*$")
BIC = re.compile(r"^[A-Z]{6}[A-Z2-9][A-NP-Z0-9]([A-Z0-9]{3})?$")
AMOUNT = re.compile(r"^[0-9]+\.[0-9]{2}$")


def iban_ok(iban):
    if not re.fullmatch(r"[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}", iban):
        return False
    digits = "".join(str(int(ch, 36)) for ch in iban[4:] + iban[:4])
    return int(digits) % 97 == 1


def problems(text):
    out = []
    root = ET.fromstring(text)
    header = root.find("p:CstmrCdtTrfInitn/p:GrpHdr", NS)
    blocks = root.findall("p:CstmrCdtTrfInitn/p:PmtInf", NS)
    all_amounts = []
    ids = {}
    for b, block in enumerate(blocks, 1):
        amounts = []
        for tx in block.findall("p:CdtTrfTxInf", NS):
            e2e = tx.findtext("p:PmtId/p:EndToEndId", default="", namespaces=NS)
            amount = tx.find("p:Amt/p:InstdAmt", NS)
            if amount.get("Ccy") != "EUR":
                out.append(f"{e2e}: currency {amount.get('Ccy')}, not EUR")
            if not AMOUNT.match(amount.text or ""):
                out.append(f"{e2e}: amount '{amount.text}' has not exactly 2 decimals")
            elif Decimal(amount.text) < Decimal("0.01"):
                out.append(f"{e2e}: amount {amount.text} is below 0.01")
            amounts.append(Decimal(amount.text or "0"))
            if len(e2e) > 35:
                out.append(f"EndToEndId '{e2e}' is {len(e2e)} characters, more than 35")
            if e2e in ids:
                out.append(f"EndToEndId '{e2e}' is repeated")
            ids[e2e] = True
            iban = tx.findtext("p:CdtrAcct/p:Id/p:IBAN", default="", namespaces=NS)
            if not iban_ok(iban):
                out.append(f"{e2e}: IBAN {iban} fails mod 97")
            bic = tx.findtext("p:CdtrAgt/p:FinInstnId/p:BIC", default=None, namespaces=NS)
            if bic is not None and not BIC.match(bic):
                out.append(f"{e2e}: BIC {bic} is not a BIC")
        count = block.findtext("p:NbOfTxs", namespaces=NS)
        total = block.findtext("p:CtrlSum", namespaces=NS)
        if count != str(len(amounts)):
            out.append(f"PmtInf {b}: NbOfTxs is {count}, it has {len(amounts)} transfers")
        if total is None or Decimal(total) != sum(amounts, Decimal(0)):
            out.append(f"PmtInf {b}: CtrlSum is {total}, its transfers sum to "
                       f"{sum(amounts, Decimal(0))}")
        debtor = block.findtext("p:DbtrAcct/p:Id/p:IBAN", default="", namespaces=NS)
        if not iban_ok(debtor):
            out.append(f"PmtInf {b}: debtor IBAN {debtor} fails mod 97")
        all_amounts += amounts
    count = header.findtext("p:NbOfTxs", namespaces=NS)
    total = header.findtext("p:CtrlSum", namespaces=NS)
    if count != str(len(all_amounts)):
        out.append(f"GrpHdr: NbOfTxs is {count}, the file has {len(all_amounts)} transfers")
    if total is None or Decimal(total) != sum(all_amounts, Decimal(0)):
        out.append(f"GrpHdr: CtrlSum is {total}, the transfers sum to "
                   f"{sum(all_amounts, Decimal(0))}")
    for el in root.iter():
        tag = el.tag.split("}")[1]
        if tag in ("Nm", "Ustrd", "EndToEndId", "MsgId", "PmtInfId") and \
                not SEPA_TEXT.match(el.text or ""):
            out.append(f"{tag} '{el.text}' has characters outside the SEPA set")
    return out
