#!/usr/bin/python3
"""coop audit v2 on a scripted history: joining by oneself, O6 (roles, policy
and removals only by the enactment of a passed proposal, exactly its change),
stale stances, waivers, and O5 (reviewed work changed, then reviewed again)."""
import json

from auditlib import Books, check, expect, finish, findings
from writelib import refused

B = Books(members=("alice", "bob", "carol", "dave"))
# Everyone works in October, so all four are voters of November's proposals.
for h in ("alice", "bob", "carol", "dave"):
    B.log(h, "1h", f"{h.capitalize()}'s work", "2026-10-01")
status, report = B.audit()
check(status == 0 and not findings(report), f"joining by one's own commit is clean ({findings(report)})")

# A self-join: one's own file, no roles; a role is refused with the way to get it.
B.as_user("erin@example.org")
refused(B, ["member", "add", "erin", "--name", "Erin", "--email", "erin@example.org",
            "--role", "treasurer", "--commit"], 2, "a role in a self-join",
        "coop: error: a member joins without roles: roles are granted by a passed proposal; join "
        "without --role, then propose it: coop propose --roles erin=treasurer --title \"erin as "
        "treasurer\"\n")
B.coop_ok("member", "add", "erin", "--name", "Erin", "--email", "erin@example.org", "--joined",
          "2026-11-01", "--commit")
check(B.git("log", "-1", "--format=%ae").strip() == "erin@example.org" and
      "roles: []" in B.read("members/erin.yaml"), "erin's join is her own commit, without roles")

# A role granted without a proposal.
B.write("members/bob.yaml", B.read("members/bob.yaml").replace("roles: []", "roles: [treasurer]"))
grant = B.commit("bob treasurer", "bob", "members/bob.yaml")


def stance(who, verb, pid, date, *extra):
    B.as_user(who)
    B.coop_ok(verb, pid, "--date", date, "--commit", *extra)
    B.as_user("alice")


def propose(who, date, *args):
    B.as_user(who)
    pid = B.coop_ok("propose", "--date", date, "--commit", *args).strip()
    B.as_user("alice")
    return pid


def counted(pid):
    rows = json.loads(B.coop_ok("proposals", pid, "--format", "json"))
    return rows[0] if isinstance(rows, list) else rows["proposals"][0]


# Passes with quorum and threshold exactly met: 4 voters (erin joined after
# October's work), quorum 50% = 2 consents; 2 consents of 3 stances = 2/3.
reserve = propose("alice", "2026-11-02", "--policy", "distribution.reserve=12%", "--title",
                  "Keep 12% in reserve")
stance("bob", "object", reserve, "2026-11-03", "--reason", "Ten is enough.")
stance("carol", "consent", reserve, "2026-11-04")
B.as_user("alice")
B.coop_ok("enact", reserve, "--commit")
enacted = B.head()
check(B.git("log", "-1", "--format=%(trailers:key=Coop-Proposal,valueonly)").strip() == reserve,
      "the enactment carries the trailer")

# Misses by one consent: only the proposer consents, 1 of the 2 the quorum needs.
window = propose("alice", "2026-11-05", "--policy", "review.min-reviews=3", "--title",
                 "Three reviews")
p = B.run("enact", window, "--commit")
check(p.returncode != 0 and "has not passed" in p.stderr,
      f"coop enact refuses a proposal one consent short ({p.stderr.strip()})")
B.write("coop.yaml", B.read("coop.yaml").replace("min-reviews: 2", "min-reviews: 3"))
early = B.commit(f"Three reviews\n\nCoop-Proposal: {window}", "alice", "coop.yaml")

# A stance made stale by an edit of its proposal.
roles = propose("alice", "2026-11-06", "--roles", "dave=treasurer", "--title", "Dave as treasurer")
stance("bob", "consent", roles, "2026-11-07")
path = f"proposals/2026/{roles}.yaml"
B.write(path, B.read(path).replace("title: Dave as treasurer", "title: Dave as our treasurer"))
B.commit("clearer title", "alice", path)
row = counted(roles)
check(not row["passed"], f"bob's stance on the old text does not count ({row})")
check(row["not-counted"] == [{"member": "bob", "stance": "consent", "date": "2026-11-07",
                              "why": "the proposal changed after this stance"}],
      f"bob's stance is set aside as stale ({row['not-counted']})")
p = B.run("enact", roles, "--commit", "--as", "alice")
check(p.returncode != 0, "a proposal whose only other consent went stale cannot be enacted")
stance("bob", "consent", roles, "2026-11-08", "--reason", "Still agreed.")
B.as_user("alice")
B.coop_ok("enact", roles, "--commit")
roles_enacted = B.head()

# A removed member cannot vote on their own removal.
removal = propose("alice", "2026-11-09", "--remove", "carol", "--left", "2026-12-31", "--title",
                  "Carol leaves")
B.as_user("carol")
refused(B, ["consent", removal, "--date", "2026-11-10", "--commit"], 1,
        "carol's stance on her own removal",
        f"carol cannot take a stance on {removal}, which removes carol: the member a removal "
        "names is not one of its voters")
B.as_user("alice")

# An enactment whose diff differs from the proposal by one value.
fifteen = propose("alice", "2026-11-11", "--policy", "distribution.reserve=15%", "--title",
                  "Keep 15%")
stance("bob", "consent", fifteen, "2026-11-12")
stance("carol", "consent", fifteen, "2026-11-12")
B.write("coop.yaml", B.read("coop.yaml").replace("reserve: 12%", "reserve: 16%"))
off = B.commit(f"Keep 15%\n\nCoop-Proposal: {fifteen}", "alice", "coop.yaml")

status, report = B.audit()
check(status == 1, f"findings: exit 1 (got {status})")
expect(report, "O6", "members/bob.yaml",
       "bob@example.org (bob) changed bob's roles from none to treasurer without a passed "
       "proposal (no Coop-Proposal trailer); roles are granted by proposal: coop propose --roles "
       "bob=treasurer, then coop enact", "a role granted without a proposal", grant)
expect(report, "O6", "coop.yaml",
       f"enacts {window}, which had not passed at the parent commit: 1 of 4 voters consented, "
       "the quorum is 2 (50% of 4, rounded up, at least 1)", "an enactment one consent short",
       early)
expect(report, "O6", "coop.yaml",
       f"enacts {fifteen}, but its change is not the proposal's: distribution.reserve is 16%, "
       "the proposal makes it 15%", "an enactment off by one value", off)
check(not [f for f in findings(report) if f["commit"] in (enacted, roles_enacted)],
      "the enactments of passed proposals are clean")
check(len(findings(report)) == 3, f"nothing else is found ({findings(report)})")

# A waiver: the co-op accepts bob's grant after the fact.
waiver = propose("alice", "2026-11-13", "--waive", grant[:7], "--rule", "O6", "--title",
                 "Accept bob's grant")
stance("bob", "consent", waiver, "2026-11-13")
stance("carol", "consent", waiver, "2026-11-13")
stance("dave", "consent", waiver, "2026-11-13")
status, report = B.audit()
waived = [w for w in report["waived"] if w["commit"] == grant]
check(len(waived) == 1 and waived[0]["rule"] == "O6" and waived[0]["waived_by"] == waiver,
      f"the grant is listed as waived ({report['waived']})")
check(not [f for f in findings(report) if f["commit"] == grant] and len(findings(report)) == 2,
      f"and no longer fails the audit ({findings(report)})")
p = B.run("audit")
check(f"(waived by {waiver})" in p.stdout and "(1 waived)" in p.stdout,
      f"the table lists it as waived ({p.stdout[-600:]})")

# O5: alice's time raised after two reviews, then reviewed again by each.
cid = B.log("alice", "2h", "The checkout", "2026-11-03")
B.review("bob", cid, 4, "2026-11-04")
B.review("carol", cid, 3, "2026-11-04")
rel = "contributions/2026/11/alice.yaml"
B.write(rel, B.read(rel).replace("time: 2h", "time: 5h"))
raised = B.commit("more time", "alice", rel)
message = (f"{cid}'s time from 2h to 5h after it was reviewed; not reviewed again by {{}} (a "
           "reviewer replaces their review after the change)")
status, report = B.audit()
expect(report, "O5", rel, message.format("bob and carol"), "a time raised after two reviews", raised)


def review_again(who, score, date):
    path = f"reviews/2026/11/{who}.yaml"
    text = B.read(path)
    B.write(path, text.replace("date: 2026-11-04", f"date: {date}").replace(
        "score: 4", f"score: {score}").replace("score: 3", f"score: {score}"))
    B.commit("review again", who, path)


review_again("bob", 5, "2026-11-20")
status, report = B.audit()
expect(report, "O5", rel, message.format("carol"), "reviewed again by bob only", raised)
review_again("carol", 4, "2026-11-20")
status, report = B.audit()
check(not findings(report, "O5"), f"reviewed again by both: no O5 ({findings(report, 'O5')})")
B.close()
finish()
