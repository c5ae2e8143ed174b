#!/usr/bin/python3
"""Check the JSON Schemas in schema/ against the example ledgers and the bad files.

    /usr/bin/python3 tests/schema/check_schemas.py --root REPO [--coop PATH/TO/coop]

1. Every schema/*.schema.json is a valid draft 2020-12 schema, written the
   house way: a title, a description on every property, no unknown keys.
2. Every .yaml file of every ledger under examples/ (a folder holding a
   coop.yaml) validates against the schema its path implies, and its first
   line is a yaml-language-server modeline pointing at that schema.
3. Every file in tests/schema/bad/ is rejected by its schema, at exactly one
   place. Its first line, "# target: PATH", says where in the starfish ledger
   it belongs.
4. With --coop: `coop -C LEDGER validate` exits 0 on a copy of
   examples/starfish, and 1 once a bad file replaces its target.

Prints one line per check, then "N passed, M failed"; exits 1 if any failed.
Needs Debian's python3-yaml and python3-jsonschema (4.10 or later).
"""
import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

import jsonschema
import yaml

KINDS = ("coop", "member", "contribution", "review", "revenue", "payout", "payments", "proposal",
         "stances")
PATH_KINDS = [
    (re.compile(r"^coop\.yaml$"), "coop"),
    (re.compile(r"^members/[^/]+\.yaml$"), "member"),
    (re.compile(r"^contributions/[0-9]{4}/[0-9]{2}/[^/]+\.yaml$"), "contribution"),
    (re.compile(r"^reviews/[0-9]{4}/[0-9]{2}/[^/]+\.yaml$"), "review"),
    (re.compile(r"^revenue/[0-9]{4}/[0-9]{2}\.yaml$"), "revenue"),  # v1, still read
    (re.compile(r"^revenue/[0-9]{4}/[0-9]{2}/[^/]+\.yaml$"), "revenue"),
    (re.compile(r"^payouts/[^/]+\.yaml$"), "payout"),  # statements written by `coop close`
    (re.compile(r"^payments/[^/]+\.yaml$"), "payments"),  # recorded by `coop pay --commit`
    (re.compile(r"^proposals/[0-9]{4}/[^/]+\.yaml$"), "proposal"),
    (re.compile(r"^stances/[0-9]{4}/[0-9]{2}/[^/]+\.yaml$"), "stances"),
]
MODELINE = re.compile(r"^# yaml-language-server: \$schema=(\S+)\s*$")
TARGET = re.compile(r"^# target: (\S+)\s*$")
COOP_TIMEOUT = 120


class LedgerLoader(yaml.SafeLoader):
    """SafeLoader that keeps dates as strings (as coop reads them) and refuses duplicate keys."""


LedgerLoader.yaml_implicit_resolvers = {
    first: [(tag, rx) for (tag, rx) in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def _construct_mapping(loader, node):
    seen = set()
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=True)
        if key in seen:
            raise yaml.constructor.ConstructorError(
                "while constructing a mapping", node.start_mark,
                f"found duplicate key {key!r}", key_node.start_mark)
        seen.add(key)
    return yaml.SafeLoader.construct_mapping(loader, node, deep=True)


LedgerLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


def load_yaml(path):
    with open(path, encoding="utf-8") as f:
        return yaml.load(f, Loader=LedgerLoader)


def first_line(path):
    with open(path, encoding="utf-8") as f:
        return f.readline().rstrip("\n")


def kind_of(relpath):
    """The schema kind for a path relative to a ledger root; KeyError if none fits."""
    for rx, kind in PATH_KINDS:
        if rx.match(relpath):
            return kind
    raise KeyError(relpath)


def where(error):
    return "/" + "/".join(str(p) for p in error.absolute_path)


class Results:
    def __init__(self):
        self.passed = 0
        self.failed = 0

    def check(self, ok, what, why="", note=""):
        """Count one check; print why it failed, or a note on what it saw when it passed."""
        if ok:
            self.passed += 1
            print(f"ok   {what}" + (f" ({note})" if note else ""))
        else:
            self.failed += 1
            print(f"FAIL {what}" + (f": {why}" if why else ""))
        sys.stdout.flush()
        return ok


# ---- 1. the schemas

def lint_schema(node, at, problems):
    """House rules: every property has a description, every object says what extra keys it takes.

    Conditions (if, not) are not descriptions of the file, so they are not looked into.
    """
    if isinstance(node, dict):
        props = node.get("properties")
        if isinstance(props, dict):
            for name, sub in props.items():
                if sub is not False and not (isinstance(sub, dict) and sub.get("description")):
                    problems.append(f"{at}/properties/{name} has no description")
        if node.get("type") == "object" and "additionalProperties" not in node:
            problems.append(f"{at} has no additionalProperties")
        for key, sub in node.items():
            if key not in ("if", "not"):
                lint_schema(sub, f"{at}/{key}", problems)
    elif isinstance(node, list):
        for i, sub in enumerate(node):
            lint_schema(sub, f"{at}/{i}", problems)


def check_schemas(root, res):
    validators = {}
    for kind in KINDS:
        rel = f"schema/{kind}.schema.json"
        path = os.path.join(root, rel)
        try:
            with open(path, encoding="utf-8") as f:
                schema = json.load(f)
            jsonschema.Draft202012Validator.check_schema(schema)
        except (OSError, ValueError, jsonschema.SchemaError) as e:
            res.check(False, f"{rel} is a draft 2020-12 schema", str(e).splitlines()[0])
            continue
        res.check(True, f"{rel} is a draft 2020-12 schema")
        validators[kind] = jsonschema.Draft202012Validator(
            schema, format_checker=jsonschema.draft202012_format_checker)
        problems = []
        if schema.get("$schema") != "https://json-schema.org/draft/2020-12/schema":
            problems.append("$schema is not https://json-schema.org/draft/2020-12/schema")
        if "$id" in schema:
            problems.append("has an $id (schemas are found by relative path, not by URL)")
        if not schema.get("title"):
            problems.append("has no title")
        lint_schema(schema, "", problems)
        res.check(not problems, f"{rel} has a title, no $id, descriptions and closed objects",
                  "; ".join(problems))
    return validators


# ---- 2. the example ledgers

def ledger_roots(root):
    examples = os.path.join(root, "examples")
    found = []
    for dirpath, dirnames, filenames in os.walk(examples):
        dirnames.sort()
        if "coop.yaml" in filenames:
            found.append(dirpath)
    return found


def check_modeline(root, path, kind, res):
    rel = os.path.relpath(path, root)
    line = first_line(path)
    m = MODELINE.match(line)
    if not m:
        return res.check(False, f"{rel} modeline", f"first line is {line!r}")
    target = os.path.normpath(os.path.join(os.path.dirname(path), m.group(1)))
    expected = os.path.join(root, "schema", f"{kind}.schema.json")
    if not os.path.isfile(target):
        return res.check(False, f"{rel} modeline", f"{m.group(1)} does not exist")
    return res.check(os.path.samefile(target, expected), f"{rel} modeline",
                     f"{m.group(1)} is not the {kind} schema")


def check_examples(root, validators, res):
    roots = ledger_roots(root)
    res.check(bool(roots), "examples/ holds at least one ledger")
    for ledger in roots:
        for dirpath, dirnames, filenames in os.walk(ledger):
            dirnames.sort()
            for fn in sorted(filenames):
                if not fn.endswith((".yaml", ".yml")):
                    continue
                path = os.path.join(dirpath, fn)
                rel = os.path.relpath(path, root)
                try:
                    kind = kind_of(os.path.relpath(path, ledger).replace(os.sep, "/"))
                except KeyError:
                    res.check(False, f"{rel} validates", "its path fits no file of the ledger layout")
                    continue
                if kind is None:
                    print(f"skip {rel} (a payout statement: no schema)")
                    continue
                if kind not in validators:
                    res.check(False, f"{rel} validates", f"no usable {kind} schema")
                    continue
                try:
                    doc = load_yaml(path)
                except yaml.YAMLError as e:
                    res.check(False, f"{rel} validates", f"not YAML: {e}".replace("\n", " "))
                    continue
                errors = sorted(validators[kind].iter_errors(doc), key=lambda e: list(e.absolute_path))
                res.check(not errors, f"{rel} validates as {kind}",
                          "; ".join(f"{where(e)}: {e.message}" for e in errors[:3]))
                check_modeline(root, path, kind, res)


# ---- 3. the bad files

def read_target(path):
    m = TARGET.match(first_line(path))
    if not m:
        return None
    target = m.group(1)
    parts = target.split("/")
    if target.startswith("/") or any(p in ("", ".", "..") for p in parts):
        return None
    return target


def check_bad_files(root, validators, res):
    bad_dir = os.path.join(root, "tests", "schema", "bad")
    names = sorted(fn for fn in os.listdir(bad_dir) if fn.endswith(".yaml")) if os.path.isdir(bad_dir) else []
    res.check(bool(names), "tests/schema/bad/ holds bad files")
    cases = []
    for fn in names:
        path = os.path.join(bad_dir, fn)
        rel = os.path.relpath(path, root)
        target = read_target(path)
        if target is None:
            res.check(False, f"schema rejects {rel}", "first line must be '# target: <path in the ledger>'")
            continue
        try:
            kind = kind_of(target)
        except KeyError:
            kind = None
        if kind is None or not fn.startswith(kind + "-"):
            res.check(False, f"schema rejects {rel}",
                      f"target {target} is not a {fn.split('-')[0]} file of the ledger layout")
            continue
        if kind not in validators:
            res.check(False, f"schema rejects {rel}", f"no usable {kind} schema")
            continue
        try:
            doc = load_yaml(path)
        except yaml.YAMLError as e:
            res.check(False, f"schema rejects {rel}", f"not YAML, so it tests nothing: {e}".replace("\n", " "))
            continue
        errors = list(validators[kind].iter_errors(doc))
        places = sorted({where(e) for e in errors})
        if not errors:
            res.check(False, f"schema rejects {rel}", "the schema accepts it")
        elif len(places) > 1:
            res.check(False, f"schema rejects {rel}",
                      f"broken at {len(places)} places, expected one: {', '.join(places)}")
        else:
            res.check(True, f"schema rejects {rel}", note=f"{places[0]}: {errors[0].message}")
        cases.append((path, target))
    return cases


# ---- 4. coop validate

def run_coop(coop, ledger):
    env = dict(os.environ, NO_COLOR="1")
    env.pop("COOP_MEMBER", None)
    try:
        p = subprocess.run([coop, "-C", ledger, "validate"], stdin=subprocess.DEVNULL,
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env,
                           timeout=COOP_TIMEOUT)
    except subprocess.TimeoutExpired:
        return None, f"timed out after {COOP_TIMEOUT}s"
    except OSError as e:
        return None, str(e)
    out = (p.stdout + p.stderr).decode("utf-8", "replace")
    return p.returncode, out


def tail(text, n=6):
    lines = [l for l in text.strip().splitlines() if l.strip()]
    return " | ".join(lines[-n:]) if lines else "no output"


def make_copy(root, tmp):
    """A copy of the repository's schema/ and examples/starfish in tmp, as a git repository."""
    shutil.copytree(os.path.join(root, "schema"), os.path.join(tmp, "schema"))
    ledger = os.path.join(tmp, "examples", "starfish")
    shutil.copytree(os.path.join(root, "examples", "starfish"), ledger)
    if shutil.which("git"):
        subprocess.run(["git", "-c", "init.defaultBranch=main", "init", "-q", tmp],
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    return ledger


def check_coop(root, coop, cases, res):
    coop = os.path.abspath(coop)
    if not res.check(os.path.isfile(coop) and os.access(coop, os.X_OK), f"coop binary {coop} exists"):
        return
    with tempfile.TemporaryDirectory(prefix="coop-schema-") as tmp:
        ledger = make_copy(root, os.path.join(tmp, "clean"))
        status, out = run_coop(coop, ledger)
        res.check(status == 0, "coop validate accepts examples/starfish",
                  f"exit status {status}, expected 0: {tail(out)}")
        for i, (path, target) in enumerate(cases):
            name = os.path.relpath(path, root)
            ledger = make_copy(root, os.path.join(tmp, f"bad{i}"))
            dest = os.path.join(ledger, *target.split("/"))
            os.makedirs(os.path.dirname(dest), exist_ok=True)
            shutil.copyfile(path, dest)
            status, out = run_coop(coop, ledger)
            if not res.check(status == 1, f"coop validate rejects {name} at {target}",
                             f"exit status {status}, expected 1: {tail(out)}"):
                continue
            # errors start with the file's path in the ledger (SPEC section 4)
            res.check(target in out, f"coop validate names {target} for {name}",
                      f"output: {tail(out)}")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--root", required=True, help="the repository root (holds schema/, examples/, tests/)")
    ap.add_argument("--coop", help="a built coop binary: also check that `coop validate` rejects the bad files")
    args = ap.parse_args()
    root = os.path.abspath(args.root)
    res = Results()
    validators = check_schemas(root, res)
    check_examples(root, validators, res)
    cases = check_bad_files(root, validators, res)
    if args.coop:
        check_coop(root, args.coop, cases, res)
    print(f"{res.passed} passed, {res.failed} failed")
    return 1 if res.failed else 0


if __name__ == "__main__":
    sys.exit(main())
