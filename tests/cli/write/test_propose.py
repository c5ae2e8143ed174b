#!/usr/bin/python3
"""coop propose in a new co-op: a proposal is counted among the members active
on its date, so one made before anybody logged work could never pass. It is
refused, with the way out, and nothing is written; after the founder logs
work, the same proposal is written."""
from datetime import date

from writelib import Ledger, check, finish

TODAY = date.today().isoformat()  # the founder joins today

L = Ledger(init=False)
L.init_repository()
L.coop_ok("init", L.root, "-q", "--founder", "alice", cwd=L.tmp)
before = L.fingerprint()
head = L.git("rev-parse", "HEAD")

args = ["propose", "--title", "A web site project", "--policy",
        "projects.website=Customer web sites", "--commit"]
p = L.run(*args)
check(p.returncode == 1, f"refused with exit 1 (got {p.returncode})")
check(p.stderr.strip() == "coop: error: this proposal could never pass: no member has a "
      f"contribution or review in the 90 days up to {TODAY}, and it needs a voter's consent; "
      "log work first (coop log DURATION SUMMARY --commit), then propose",
      f"the message says why and what to do ({p.stderr.strip()})")
check(L.fingerprint() == before, "nothing written")
check(L.git("rev-parse", "HEAD") == head, "nothing committed")

L.coop_ok("log", "2h", "Set up the books", "--commit")
p = L.run(*args)
check(p.returncode == 0, f"after the founder logged work, the proposal is written ({p.stderr.strip()})")
pid = f"prop-{TODAY.replace('-', '')}-a-web-site-project"
check(L.git("log", "-1", "--format=%s").strip() == f"propose: {pid}",
      "and committed")
p = L.run("proposals", pid)
check("1 consent, 0 objections, 0 abstentions, 0 without a stance" in p.stdout and
      f"result      passed, not yet enacted: coop enact {pid} --commit" in p.stdout,
      f"alice, the one voter, consents by proposing, and it passes ({p.stdout.strip()})")
p = L.run("enact", pid, "--commit")
check(p.returncode == 0 and "website: Customer web sites" in L.read("coop.yaml"),
      f"enacted: coop.yaml declares the project ({p.stderr.strip()})")
p = L.run("audit")
check(p.returncode == 0, f"the history audits clean ({p.stdout.strip()[-300:]})")
L.close()
finish()
