#!/usr/bin/python3
"""SPEC 8 end to end: one global ledger and two circles, lyon and porto, each a
real git repository in a temporary folder, the circles reached by file:// URLs.
Two periods closed by the circles, fetched, verified and booked by the global;
then a circle rewrites a closed statement and force-moves its tag, a circle
lowers its upstream rate without agreement, a booked amount is edited by hand,
and a circle's repository is unreachable: each reported with its exact message,
and nothing booked from a statement that does not verify."""
import os
import re
import shutil
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "audit"))
from auditlib import Books, check, finish, findings  # noqa: E402


def amend_genesis(b, network):
    """The circle's coop.yaml says it is a circle from its genesis."""
    path = b.path("coop.yaml")
    with open(path, encoding="utf-8") as f:
        text = f.read()
    with open(path, "w", encoding="utf-8") as f:
        f.write(text + network)
    # alice alone: the genesis is the only commit.
    b.git("add", "coop.yaml")
    b.git("commit", "-q", "--amend", "--no-edit")


def circle(name, months):
    """A circle whose only member alice is its treasurer: income and work in each month."""
    b = Books(members=("alice",))
    amend_genesis(b, f"network:\n  global: ../global\n  upstream: 10%\n")
    for month, amount in months:
        b.coop_ok("revenue", "add", amount, "--party", f"{name} client", "--date",
                  f"2026-{month}-10", "--commit")
        b.log("alice", "2h", f"{name} work", f"2026-{month}-11")
    return b


def url(b):
    return "file://" + b.root


G = Books(members=("alice",))
G.log("alice", "1h", "Coordination", "2026-11-20")  # alice votes on the proposals
L = circle("lyon", [("08", "1000.00"), ("09", "500.00"), ("10", "200.00")])
P = circle("porto", [("08", "800.00"), ("09", "300.00"), ("10", "400.00")])

# The circles close August and September.
for b in (L, P):
    for period in ("2026-08", "2026-09"):
        b.coop_ok("close", period, "--commit")
lyon_08 = L.load("payouts/2026-08.yaml")
check(lyon_08["totals"]["upstream"] == "100.00" and lyon_08["policy"]["network"]["upstream"] ==
      "10%" and lyon_08["pools"][0]["upstream"] == "100.00" and
      lyon_08["pools"][0]["expenses"] == "100.00",
      f"a circle's statement charges 10% upstream to its general pool ({lyon_08['totals']})")
table = L.coop_ok("payout", "--period", "2026-08")
check("general: its expenses include the upstream 100.00 to the global network (10% of income "
      "1000.00 net of commissions 0.00)" in table, "the payout table says what upstream is")
csv = L.coop_ok("payout", "--period", "2026-08", "--format", "csv")
check(csv.split("\n\n")[1].split("\n")[0] ==
      "period,pool,income,expenses,upstream,commissions,general-share,deficit-in,deficit-shared,"
      "balance,reserve,distributable,points", f"the CSV's pools have an upstream column ({csv})")
L.coop_ok("payout", "--check", "payouts/2026-08.yaml")

# The global network adds its circles by proposal, and enacts them.
for b, name in ((L, "lyon"), (P, "porto")):
    pid = G.coop_ok("circle", "add", name, "--repo", url(b), "--upstream", "10%", "--connector",
                    "alice", "--date", "2026-11-25", "--commit").strip()
    check(pid == f"prop-20261125-circle-{name}", f"circle add writes proposal {pid}")
    G.coop_ok("enact", pid, "--commit")
coop_yaml = G.load("coop.yaml")
check(coop_yaml["network"]["circles"]["lyon"] ==
      {"repo": url(L), "upstream": "10%", "connectors": ["alice"]},
      f"the enacted proposal wrote network.circles.lyon ({coop_yaml.get('network')})")
status, report = G.audit()
check(status == 0, f"the global's history audits clean ({findings(report)})")

out = G.coop_ok("circle", "fetch")
lyon_tags = {p: L.git("rev-parse", f"coop/{p}^{{}}").strip() for p in ("2026-08", "2026-09")}
check(f"lyon: coop/2026-08 {lyon_tags['2026-08'][:7]} (new)\n" in out and
      f"lyon: 2 tags from {url(L)}: 2 new, 0 moved\n" in out and
      f"porto: 2 tags from {url(P)}: 2 new, 0 moved\n" in out, f"fetch fetches both ({out})")
check(G.git("rev-parse", "refs/coop/circles/lyon/2026-08^{commit}").strip() == lyon_tags["2026-08"],
      "the tag is kept as refs/coop/circles/lyon/2026-08")
out = G.coop_ok("circle", "verify")
check(f"lyon coop/2026-08 {lyon_tags['2026-08'][:7]}: verified: upstream 100.00 at 10%\n" in out
      and out.count("verified") == 4, f"verify verifies the four statements ({out})")

booked = {}
for period in ("2026-08", "2026-09"):
    out = G.coop_ok("circle", "book", period, "--date", "2026-12-01", "--commit")
    ids = re.findall(r"booked (rev-\S+)", out)
    check(len(ids) == 2, f"book {period} books both circles ({out})")
    for line in out.splitlines():
        booked[(line.split()[0], period)] = line.split()[3]
check(booked[("lyon", "2026-08")] == "rev-20261201-lyon-202608", f"the entry's id ({booked})")
rev = G.load("revenue/2026/12/alice.yaml")["entries"]
lyon_entry = next(e for e in rev if e["id"] == "rev-20261201-lyon-202608")
check(lyon_entry["amount"] == "100.00" and lyon_entry["circle"] == "lyon" and
      lyon_entry["source"]["commit"] == lyon_tags["2026-08"] and
      lyon_entry["source"]["statement"] == L.git("rev-parse", "coop/2026-08:payouts/2026-08.yaml").strip(),
      f"the entry books the upstream with its source ({lyon_entry})")
out = G.coop_ok("circle", "book", "2026-08")
check(out == "lyon 2026-08: already booked in rev-20261201-lyon-202608\n"
      "porto 2026-08: already booked in rev-20261201-porto-202608\n", f"booked once ({out})")
status, report = G.audit()
check(status == 0, f"the booked entries audit clean ({findings(report)})")
out = G.coop_ok("circle", "status", "--format", "json")
check('"circle": "lyon", "repo": "' + url(L) + '", "upstream": "10%", "fetched": true, '
      '"last-closed": "2026-09", "last-verified": "2026-09", "booked": "150.00", "pending": "0.00", '
      '"unverified": 0' in out, f"status ({out})")

# porto lowers its rate to 5% without agreement and closes October.
P.write("coop.yaml", P.read("coop.yaml").replace("upstream: 10%", "upstream: 5%"))
P.commit("Lower our upstream", "alice", "coop.yaml")
P.coop_ok("close", "2026-10", "--commit")
L.coop_ok("close", "2026-10", "--commit")
G.coop_ok("circle", "fetch")
porto_10 = P.git("rev-parse", "coop/2026-10^{}").strip()[:7]
p = G.run("circle", "verify")
check(p.returncode == 1 and f"porto coop/2026-10 {porto_10}: error: its upstream rate is 5%, but "
      "10% was agreed (coop.yaml network.circles.porto.upstream)\n" in p.stdout,
      f"verify reports the lowered rate ({p.stdout})")
before = G.read("revenue/2026/12/alice.yaml")
p = G.run("circle", "book", "2026-10", "--date", "2026-12-02", "--commit")
check(p.returncode == 1 and "porto 2026-10: error: not booked: its statement does not verify: its "
      "upstream rate is 5%, but 10% was agreed (coop.yaml network.circles.porto.upstream)\n"
      in p.stdout and "lyon 2026-10: booked rev-20261202-lyon-202610 20.00" in p.stdout,
      f"book books lyon and not porto ({p.stdout})")
rev = G.load("revenue/2026/12/alice.yaml")["entries"]
check(not any(e.get("circle") == "porto" and "2026-10" in e.get("memo", "") for e in rev),
      "nothing is booked from porto's October")

# lyon rewrites its closed September statement and force-moves the tag.
stmt = L.read("payouts/2026-09.yaml")
L.write("payouts/2026-09.yaml", stmt.replace('upstream: "50.00"', 'upstream: "5.00"', 1))
L.commit("Fix September", "alice", "payouts/2026-09.yaml")
L.git("tag", "-f", "-a", "coop/2026-09", "-m", "coop: 2026-09 closed")
moved = L.head()[:7]
out = G.coop_ok("circle", "fetch", "lyon")
check(f"lyon: coop/2026-09 moved from {lyon_tags['2026-09'][:7]} to {moved}\n" in out,
      f"fetch says the tag moved ({out})")
p = G.run("circle", "verify", "lyon")
line = next((l for l in p.stdout.splitlines() if "upstream is 5.00" in l), "")
check(p.returncode == 1 and f"lyon coop/2026-09 {moved}: error: tag coop/2026-09 moved since it was "
      f"booked in rev-20261201-lyon-202609: booked at {lyon_tags['2026-09'][:7]}, now at {moved}\n"
      in p.stdout and re.fullmatch(
          rf"lyon coop/2026-09 {moved}: error: payouts/2026-09\.yaml:\d+:\d+: differs from its "
          rf"recomputation at {moved}: pool general upstream is 5\.00 in the statement, 50\.00 "
          r"recomputed", line) is not None,
      f"verify reports the moved tag and the rewritten statement ({p.stdout})")

# A booked amount edited by hand.
G.write("revenue/2026/12/alice.yaml", G.read("revenue/2026/12/alice.yaml").replace(
    'amount: "80.00"', 'amount: "8.00"'))
G.commit("Oops", "alice", "revenue/2026/12/alice.yaml")
status, report = G.audit()
o7 = [f["message"] for f in findings(report, "O7")]
check(status == 1 and o7 == ["rev-20261201-porto-202608: income 8.00 is not the upstream 80.00 of "
                             "circle porto's statement of 2026-08"],
      f"audit finds the edited amount ({o7})")

# porto's repository is unreachable: reported, and lyon fetched all the same.
shutil.move(P.tmp, P.tmp + "-gone")
p = G.run("circle", "fetch")
check(p.returncode == 3 and p.stderr.startswith(f"coop: error: circle porto: cannot fetch {url(P)}: ")
      and f"lyon: 3 tags from {url(L)}: 0 new, 0 moved\n" in p.stdout,
      f"an unreachable circle is reported, the other fetched ({p.returncode}: {p.stderr}{p.stdout})")
shutil.move(P.tmp + "-gone", P.tmp)

# A clone that never fetched the circles cannot check the sources: audit says so.
for ref in G.git("for-each-ref", "--format=%(refname)", "refs/coop/circles/porto/").split():
    G.git("update-ref", "-d", ref)
status, report = G.audit()
o7 = [f["message"] for f in findings(report, "O7")]
check("rev-20261201-porto-202609: circle porto is not fetched, so its source cannot be checked: "
      "run coop circle fetch" in o7, f"audit reports the missing fetch ({o7})")

for b in (G, L, P):
    b.close()
finish()
