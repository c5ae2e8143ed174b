#!/usr/bin/python3
"""coop member add, leave and list."""
import json
import subprocess

from writelib import Ledger, check, finish, refused

L = Ledger()
out = L.coop_ok("member", "add", "alice", "--name", "Alice Martin", "--email", "alice@example.org",
                "--email", "alice@laptop.example", "--joined", "2026-01-15",
                "--key", "ssh-ed25519 AAAAC3Nza alice@laptop")
check(out == "", "member add prints nothing")
check(L.read("members/alice.yaml") == """\
# yaml-language-server: $schema=../schema/member.schema.json
handle: alice
name: Alice Martin
emails: [alice@example.org, alice@laptop.example]
joined: 2026-01-15
left: null
roles: []
keys: [ssh-ed25519 AAAAC3Nza alice@laptop]
""", "members/alice.yaml exactly: a member joins without roles")
# Roles are granted by proposal (the enactment writes them, as here).
L.write("members/alice.yaml", L.read("members/alice.yaml").replace("roles: []",
                                                                   "roles: [treasurer, steward]"))
L.coop_ok("member", "add", "bob", "--name", "Bob: the \"builder\"", "--email", "bob@example.org",
          "--joined", "2026-02-01")
check(L.load("members/bob.yaml")["name"] == 'Bob: the "builder"', "a name that needs quoting")
today = subprocess.run(["date", "+%F"], capture_output=True, text=True).stdout.strip()
L.coop_ok("member", "add", "carol", "--name", "Carol", "--email", "carol@example.org")
check(f"joined: {today}\n" in L.read("members/carol.yaml"), "--joined defaults to today")
L.coop_ok("member", "add", "erin", "--name", "Erin", "--email", "erin@example.org",
          "--joined", "2099-01-01")
ok, text = L.valid()
check(ok, f"valid ({text.strip()})")

refused(L, ["member", "add", "alice", "--name", "A", "--email", "a2@example.org"], 2,
        "an existing member", "already exists")
refused(L, ["member", "add", "dave", "--name", "D", "--email", "alice@example.org"], 1,
        "an e-mail of another member", "also belongs to alice")
refused(L, ["member", "add", "Dave", "--name", "D", "--email", "d@example.org"], 2, "a bad handle")
refused(L, ["member", "add", "dave", "--name", "D"], 2, "no --email")
refused(L, ["member", "add", "dave", "--name", "D", "--email", "not-an-address"], 1,
        "a bad e-mail", "is not an e-mail address")
refused(L, ["member", "add", "dave", "--name", "D", "--email", "d@example.org", "--role",
            "treasurer"], 2, "a role when joining",
        "coop: error: a member joins without roles: roles are granted by a passed proposal; join "
        "without --role, then propose it: coop propose --roles dave=treasurer --title \"dave as "
        "treasurer\"\n")

# leave: the left: line replaced, every other byte kept, its comment too.
L.write("members/bob.yaml", "# Bob's file\nhandle: bob\nname: Bob\nemails: [bob@example.org]   # two\n"
        "joined: 2026-02-01\nleft: null          # a date: out from the day after\nroles: []\n")
L.coop_ok("member", "leave", "bob", "--date", "2026-11-30")
check(L.read("members/bob.yaml") == "# Bob's file\nhandle: bob\nname: Bob\nemails: [bob@example.org]   # two\n"
      "joined: 2026-02-01\nleft: 2026-11-30          # a date: out from the day after\nroles: []\n",
      "member leave replaces only the left: value")
# A file without left: gets the line at its end (after a final newline).
L.write("members/carol.yaml", "handle: carol\nname: Carol\nemails: [carol@example.org]\n"
        "joined: 2026-03-01")
L.coop_ok("member", "leave", "carol", "--date", "2026-06-30")
check(L.read("members/carol.yaml") == "handle: carol\nname: Carol\nemails: [carol@example.org]\n"
      "joined: 2026-03-01\nleft: 2026-06-30\n", "member leave adds left: when absent")
refused(L, ["member", "leave", "zed"], 2, "leave: an unknown member", "unknown member 'zed'")
refused(L, ["member", "leave", "alice", "--date", "2026-01-01"], 1, "leave before joining",
        "is before 'joined'")
# Leaving before one's own work is refused, naming the entries.
L.coop_ok("log", "1h", "Work", "--date", "2026-11-03")
refused(L, ["member", "leave", "alice", "--date", "2026-11-01"], 1,
        "leave before one's logged work", "alice was not a member on 2026-11-03")

# list: table, csv, json.
out = L.coop_ok("member", "list")
lines = out.splitlines()
check(lines[0].split() == ["member", "name", "status", "joined", "left", "roles"], "list header")
check(any(l.startswith("alice") and "active" in l and "treasurer, steward" in l for l in lines),
      "alice active with her roles")
check(any(l.startswith("carol") and " left " in l and "2026-06-30" in l for l in lines), "carol left")
check(any(l.startswith("erin") and "not yet joined" in l for l in lines), "erin not yet joined")
rows = json.loads(L.coop_ok("--format", "json", "member", "list"))
check([r["handle"] for r in rows] == ["alice", "bob", "carol", "erin"], "json: every member, by handle")
check(rows[2] == {"handle": "carol", "name": "Carol", "status": "left", "joined": "2026-03-01",
                  "left": "2026-06-30", "roles": []}, f"json row ({rows[2]})")
check(rows[0]["left"] is None and rows[0]["roles"] == ["treasurer", "steward"], "json null left")
csv = L.coop_ok("member", "list", "--format", "csv")
check(csv.splitlines()[0] == "member,name,status,joined,left,roles" and
      'alice,Alice Martin,active,2026-01-15,,"treasurer, steward"' in csv, "csv")
L.close()
finish()
