"""Helpers for the tests of coop audit, close, history and hook: a ledger in a
temporary git repository founded by alice (treasurer from the genesis), bob
and carol joining by their own commits, commits made as any of them, and coop
audit's findings."""
import json
import os
import subprocess
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "write"))
import writelib  # noqa: E402
from writelib import check, finish, env  # noqa: E402,F401

EMAILS = {h: f"{h}@example.org" for h in ("alice", "bob", "carol", "dave", "mallory")}


class Books(writelib.Ledger):
    """`coop init` in a fresh repository (optionally in a subfolder), the
    genesis commit, then members committed each by themselves."""

    def __init__(self, subdir=None, members=("alice", "bob", "carol"), keys=None):
        super().__init__(init=False)
        self.top = self.root
        self.init_repository()
        if subdir:
            self.root = os.path.join(self.top, subdir)
            os.makedirs(self.root)
        self.as_user("alice")
        # The genesis commit, by alice: coop.yaml and her own file, treasurer.
        self.coop_ok("init", self.root, "-q", "--founder", "alice", cwd=self.tmp)
        founder = os.path.join(self.root, "members", "alice.yaml")
        with open(founder) as f:
            text = f.read()
        keys = keys or {}
        import re
        text = re.sub(r"joined: .*", "joined: 2026-01-01", text)
        if keys.get("alice"):
            text = text.replace("keys: []", "keys: [" + ", ".join(f'"{k}"' for k in keys["alice"]) + "]")
        with open(founder, "w") as f:
            f.write(text)
        self.git("add", "-A")
        self.git("commit", "-q", "--amend", "--no-edit")
        for h in members:
            if h == "alice":
                continue
            self.as_user(h)
            extra = []
            for k in keys.get(h, []):
                extra += ["--key", k]
            self.coop_ok("member", "add", h, "--name", h.capitalize(), "--email", EMAILS[h],
                         "--joined", "2026-01-01", "--commit", *extra)
        self.as_user("alice")

    def as_user(self, handle):
        """git's user (and so coop's "me" and the commits' author)."""
        self.git("config", "user.email", EMAILS.get(handle, handle))
        self.git("config", "user.name", handle.capitalize())

    def commit(self, message, author, *paths, extra=()):
        """Commits what is staged (and `paths`) authored and committed by `author`."""
        if paths:
            self.git("add", "--", *paths)
        email = EMAILS.get(author, author)
        self.git("-c", f"user.email={email}", "-c", f"user.name={author.capitalize()}", *extra,
                 "commit", "-q", "-m", message)
        return self.head()

    def head(self):
        return self.git("rev-parse", "HEAD").strip()

    def log(self, who, duration, summary, date, *extra):
        self.as_user(who)
        out = self.coop_ok("log", duration, summary, "--date", date, "--commit", *extra).strip()
        self.as_user("alice")
        return out

    def review(self, who, cid, score, date):
        self.as_user(who)
        self.coop_ok("review", cid, str(score), "--date", date, "--commit")
        self.as_user("alice")

    def audit(self, *args):
        """coop audit --format json: (exit status, report)."""
        p = self.run("audit", "--format", "json", *args)
        try:
            report = json.loads(p.stdout)
        except json.JSONDecodeError:
            raise AssertionError(f"coop audit gave no JSON ({p.returncode}):\n{p.stdout}{p.stderr}")
        return p.returncode, report


def keypair(name):
    """A new ed25519 key pair for `name`, in the test's home: the private
    key's path and the public key's line."""
    keydir = os.path.join(writelib.HOME, "keys")
    os.makedirs(keydir, exist_ok=True)
    path = os.path.join(keydir, name)
    subprocess.run(["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", f"{name}@laptop", "-f",
                    path], check=True, env=env())
    with open(path + ".pub") as f:
        return path, f.read().strip()


def findings(report, rule=None):
    return [f for f in report["findings"] if rule is None or f["rule"] == rule]


def has_finding(report, rule, path, message, commit=None):
    """Whether the report holds exactly this finding (message compared whole)."""
    for f in report["findings"]:
        if f["rule"] == rule and f["path"] == path and f["message"] == message and \
                (commit is None or f["commit"] == commit):
            return True
    return False


def expect(report, rule, path, message, what, commit=None):
    ok = has_finding(report, rule, path, message, commit)
    if not ok:
        shown = "\n  ".join(f"{f['rule']} {f['commit'][:7]} {f['path']}: {f['message']}"
                            for f in report["findings"])
        print(f"  findings were:\n  {shown}")
    return check(ok, f"{what}: {rule} {path}: {message}")
