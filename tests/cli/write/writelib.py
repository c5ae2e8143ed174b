"""Helpers for the tests of coop's writing commands: a ledger in a temporary
git repository, running coop, and fingerprints of every file."""
import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
from datetime import date, timedelta

import yaml

COOP = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else "coop"
FAILURES = []
TOMORROW = (date.today() + timedelta(days=1)).isoformat()  # local time, as coop's "today"
# A home of our own: libgit2 reads ~/.gitconfig (it ignores GIT_CONFIG_GLOBAL).
HOME = tempfile.mkdtemp(prefix="coop-home-")
EMPTY_CONFIG = os.path.join(HOME, "empty.gitconfig")
open(EMPTY_CONFIG, "w").close()


def check(cond, what):
    if cond:
        print(f"ok: {what}")
    else:
        print(f"FAIL: {what}")
        FAILURES.append(what)
    return cond


def finish():
    shutil.rmtree(HOME, ignore_errors=True)
    print(f"{len(FAILURES) == 0 and 'all passed' or 'failures: ' + str(len(FAILURES))}")
    sys.exit(1 if FAILURES else 0)


def env(extra=None):
    e = {k: v for k, v in os.environ.items() if not k.startswith(("GIT_", "COOP_"))}
    e["NO_COLOR"] = "1"
    e["HOME"] = HOME
    e["XDG_CONFIG_HOME"] = os.path.join(HOME, ".config")
    e["GIT_CONFIG_NOSYSTEM"] = "1"
    # An empty file of our own, not /dev/null: on some machines /dev/null has
    # been seen turned into a plain file holding whatever was last written to it.
    e["GIT_CONFIG_GLOBAL"] = EMPTY_CONFIG
    if extra:
        e.update(extra)
    return e


class Ledger:
    """A fresh ledger made by `coop init`, in a git repository whose user is
    alice (git config user.email alice@example.org)."""

    def __init__(self, email="alice@example.org", name="Alice Martin", init=True):
        self.tmp = tempfile.mkdtemp(prefix="coop-write-")
        self.root = os.path.join(self.tmp, "books")
        if init:
            self.init_repository(email, name)
            self.coop_ok("init", self.root, "-q", cwd=self.tmp)  # the genesis commit
            self.declare_projects_in_genesis("website")

    def declare_projects_in_genesis(self, *names):
        """The projects the tests name, declared in coop.yaml as if coop init had
        written them: the genesis commit amended, so the ledger audits clean."""
        path = os.path.join(self.root, "coop.yaml")
        with open(path, encoding="utf-8") as f:
            text = f.read()
        declared = "projects:\n" + "".join(f"  {n}: The {n} project\n" for n in names)
        assert "projects: {}" in text, text
        lines = text.split("\n")
        at = next(i for i, line in enumerate(lines) if line.startswith("projects: {}"))
        # the comment lines that follow `projects: {}` belong to it
        end = at + 1
        while end < len(lines) and lines[end].startswith(" ") and lines[end].strip().startswith("#"):
            end += 1
        lines[at:end] = declared.rstrip("\n").split("\n")
        with open(path, "w", encoding="utf-8") as f:
            f.write("\n".join(lines))
        self.git("add", "coop.yaml")
        self.git("commit", "-q", "--amend", "--no-edit")

    def init_repository(self, email="alice@example.org", name="Alice Martin"):
        """An empty git repository at root, whose user is `email`, `name`."""
        os.makedirs(self.root, exist_ok=True)
        self.git("init", "-q", "-b", "main")
        self.git("config", "user.email", email)
        self.git("config", "user.name", name)

    def close(self):
        shutil.rmtree(self.tmp, ignore_errors=True)

    def run(self, *args, cwd=None, extra_env=None, input=None):
        p = subprocess.run([COOP, *args], cwd=cwd or self.root, env=env(extra_env),
                           capture_output=True, text=True, input=input)
        return p

    def coop(self, *args, **kw):
        return self.run(*args, **kw)

    def coop_ok(self, *args, **kw):
        p = self.run(*args, **kw)
        if p.returncode != 0:
            raise AssertionError(f"coop {' '.join(args)} failed ({p.returncode}):\n{p.stdout}{p.stderr}")
        return p.stdout

    def git(self, *args, cwd=None):
        p = subprocess.run(["git", *args], cwd=cwd or self.root, env=env(),
                           capture_output=True, text=True)
        if p.returncode != 0:
            raise AssertionError(f"git {' '.join(args)} failed:\n{p.stderr}")
        return p.stdout

    def path(self, rel):
        return os.path.join(self.root, rel)

    def read(self, rel):
        with open(self.path(rel), "rb") as f:
            return f.read().decode("utf-8")

    def write(self, rel, text, mode="w"):
        os.makedirs(os.path.dirname(self.path(rel)), exist_ok=True)
        with open(self.path(rel), mode + "b") as f:
            f.write(text.encode("utf-8"))

    def load(self, rel):
        return yaml.safe_load(self.read(rel))

    def fingerprint(self):
        """sha256 of every file and the list of every folder (outside .git,
        whose index and objects are checked separately)."""
        seen = {}
        for dirpath, dirnames, filenames in os.walk(self.root):
            dirnames[:] = [d for d in dirnames if d != ".git"]
            rel_dir = os.path.relpath(dirpath, self.root)
            seen[rel_dir + "/"] = "dir"
            for name in filenames:
                p = os.path.join(dirpath, name)
                with open(p, "rb") as f:
                    seen[os.path.relpath(p, self.root)] = hashlib.sha256(f.read()).hexdigest()
        head = subprocess.run(["git", "rev-parse", "-q", "--verify", "HEAD"], cwd=self.root,
                              env=env(), capture_output=True, text=True).stdout
        status = self.git("status", "--porcelain", "--untracked-files=all")
        return seen, head, status

    def valid(self):
        p = self.run("validate")
        return p.returncode == 0, p.stdout + p.stderr

    def add_member(self, handle, *extra, email=None):
        """Joins `handle`; `--role R` in `extra` is written into the file afterwards,
        as a passed proposal's enactment would (coop member add refuses roles)."""
        extra, roles = list(extra), []
        while "--role" in extra:
            i = extra.index("--role")
            roles.append(extra[i + 1])
            del extra[i:i + 2]
        self.coop_ok("member", "add", handle, "--name", handle.capitalize(), "--email",
                     email or f"{handle}@example.org", "--joined", "2026-01-01", *extra)
        if roles:
            path = f"members/{handle}.yaml"
            self.write(path, self.read(path).replace("roles: []", f"roles: [{', '.join(roles)}]"))


def refused(ledger, args, status, what, expect_in_stderr=None, extra_env=None):
    """Runs coop with `args`, expects exit `status`, and every file unchanged."""
    before = ledger.fingerprint()
    p = ledger.run(*args, extra_env=extra_env)
    after = ledger.fingerprint()
    ok = check(p.returncode == status, f"{what}: exit {status} (got {p.returncode}: {p.stderr.strip()[:300]})")
    check(before == after, f"{what}: every file as it was")
    if expect_in_stderr is not None:
        check(expect_in_stderr in p.stderr, f"{what}: says {expect_in_stderr!r} (said {p.stderr.strip()[:300]!r})")
    return p
