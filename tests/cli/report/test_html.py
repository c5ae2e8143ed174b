#!/usr/bin/python3
"""coop report --html: the transparency page, statically and in a real browser.

    test_html.py COOP LEDGER

Writes the page of LEDGER (a copy whose coop.yaml name holds HTML to escape)
and checks every page: well-formed HTML with unique ids, no script, nothing
to fetch (no http(s) reference but the SVG namespace), every ledger string
escaped, and every figure marked data-json equal to that path in
`coop report --format json`. Then Debian's chromium renders index.html
headless (--dump-dom and --screenshot, behind a proxy that refuses every
connection, with a net log): the rendered DOM's figures equal the JSON too,
the net log holds no http(s) request and the console logged nothing. Without
chromium, the browser half is skipped (exit 77) after the static half passed.
"""
import html.parser
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
        "track", "wbr"}
# SVG's own empty elements are written self-closed (<line .../>).
NAME = 'Tom & Jerry <b>"Co-op"</b>'
ESCAPED = "Tom &amp; Jerry &lt;b&gt;&quot;Co-op&quot;&lt;/b&gt;"


def fail(msg):
    print("FAIL:", msg)
    sys.exit(1)


class Page(html.parser.HTMLParser):
    """Checks nesting (every element closed, in order) and collects ids and data-json cells."""

    def __init__(self, where):
        super().__init__(convert_charrefs=True)
        self.where = where
        self.stack = []
        self.ids = []
        self.cells = []  # (path, text)
        self.capture = None
        self.tags = set()
        self.refs = []  # href/src values

    def handle_starttag(self, tag, attrs):
        self.tags.add(tag)
        a = dict(attrs)
        if "id" in a:
            self.ids.append(a["id"])
        for k in ("href", "src", "xlink:href", "action"):
            if k in a:
                self.refs.append(a[k])
        if tag not in VOID:
            self.stack.append(tag)
        if "data-json" in a:
            self.capture = [a["data-json"], "", len(self.stack)]

    def handle_startendtag(self, tag, attrs):
        self.tags.add(tag)
        a = dict(attrs)
        if "id" in a:
            self.ids.append(a["id"])

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        if not self.stack or self.stack[-1] != tag:
            fail(f"{self.where}: </{tag}> closes <{self.stack[-1] if self.stack else None}> "
                 f"at line {self.getpos()[0]}")
        if self.capture and len(self.stack) == self.capture[2]:
            self.cells.append((self.capture[0], self.capture[1].strip()))
            self.capture = None
        self.stack.pop()

    def handle_data(self, data):
        if self.capture:
            self.capture[1] += data


def check_page(where, text, report):
    p = Page(where)
    p.feed(text)
    p.close()
    if p.stack:
        fail(f"{where}: unclosed {p.stack}")
    dupes = {i for i in p.ids if p.ids.count(i) > 1}
    if dupes:
        fail(f"{where}: duplicate ids {sorted(dupes)}")
    if "script" in p.tags or "link" in p.tags or "img" in p.tags or "iframe" in p.tags:
        fail(f"{where}: has script, link, img or iframe: {sorted(p.tags)}")
    for ref in p.refs:
        if re.match(r"[a-z]+:", ref) or ref.startswith("//"):
            fail(f"{where}: reference leaves the page's folder: {ref}")
    urls = set(re.findall(r"https?://[^\s\"'<>)]+", text)) - {"http://www.w3.org/2000/svg"}
    if urls:
        fail(f"{where}: references {sorted(urls)}")
    if "url(" in text or "@import" in text or "@font-face" in text:
        fail(f"{where}: the stylesheet fetches something")
    if 'name="viewport"' not in text or "@media print" not in text:
        fail(f"{where}: no viewport or no print stylesheet")
    for path, shown in p.cells:
        value = report
        for part in path.split("."):
            value = value[int(part)] if isinstance(value, list) else value[part]
        expected = "-" if value is None else str(value)
        if shown != expected:
            fail(f"{where}: {path} shows {shown!r}, the JSON has {expected!r}")
    return p


def page_requests(netlog):
    """The non-file URLs a page asked for. Chromium's own background requests
    (its updater, its account check) have no page: their initiator is "not an
    origin"; a page's requests have the page's origin ("null" for file://)."""
    with open(netlog) as f:
        text = f.read()
    try:
        log = json.loads(text)
    except json.JSONDecodeError:  # cut short when the browser exits: close it
        log = json.loads(text.rstrip().rstrip(",") + "]}")
    urls = set()
    for e in log.get("events", []):
        p = e.get("params") or {}
        url, initiator = p.get("url", ""), p.get("initiator")
        if initiator is not None and initiator != "not an origin" and not url.startswith("file:"):
            urls.add(url)
    return urls


def main():
    coop, ledger = sys.argv[1], sys.argv[2]
    tmp = tempfile.mkdtemp(prefix="coop-report-html-")
    try:
        copy = os.path.join(tmp, "ledger")
        shutil.copytree(ledger, copy)
        conf = os.path.join(copy, "coop.yaml")
        with open(conf) as f:
            text = f.read()
        text = re.sub(r"^name: .*$", "name: " + json.dumps(NAME), text, count=1, flags=re.M)
        with open(conf, "w") as f:
            f.write(text)
        env = dict(os.environ, NO_COLOR="1")
        env.pop("COOP_MEMBER", None)
        run = lambda *args: subprocess.run([coop, "-C", copy, *args], capture_output=True,
                                           text=True, env=env)
        r = run("report", "--format", "json")
        if r.returncode != 0:
            fail(f"coop report --format json: {r.returncode} {r.stderr}")
        report = json.loads(r.stdout)
        site = os.path.join(tmp, "site")
        r = run("report", "--html", site)
        if r.returncode != 0:
            fail(f"coop report --html: {r.returncode} {r.stderr}")
        files = sorted(os.listdir(site))
        periods = [p["period"] for p in report["periods"]]
        members = sorted({m["member"] for p in report["periods"] for m in p["members"]})
        want = sorted(["index.html"] + [f"period-{p}.html" for p in periods] +
                      [f"member-{m}.html" for m in members])
        if files != want:
            fail(f"pages {files}, expected {want}")
        cells = 0
        for name in files:
            with open(os.path.join(site, name)) as f:
                text = f.read()
            if NAME in text or "<b>" in text:
                fail(f"{name}: the co-op's name is not escaped")
            if name == "index.html" and ESCAPED not in text:
                fail(f"{name}: the escaped name {ESCAPED} is missing")
            cells += len(check_page(name, text, report).cells)
        index = open(os.path.join(site, "index.html")).read()
        for needle in ("<polyline", "Lorenz", "<th scope=\"col\">", "aria-labelledby", "<desc"):
            if needle not in index:
                fail(f"index.html has no {needle}")
        last = report["periods"][-1]
        print(f"static: {len(files)} pages, {cells} figures equal the JSON")

        chromium = shutil.which("chromium")
        if not chromium:
            print("SKIP: chromium is not installed (apt-get install chromium; .ci/setup does)")
            sys.exit(77)
        netlog = os.path.join(tmp, "net.json")
        shot = os.path.join(tmp, "index.png")
        base = [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-default-apps", "--user-data-dir=" +
                os.path.join(tmp, "profile"), "--proxy-server=127.0.0.1:9",
                "--enable-logging=stderr", "--v=0"]
        url = "file://" + os.path.join(site, "index.html")
        r = subprocess.run(base + ["--log-net-log=" + netlog, "--dump-dom", url],
                           capture_output=True, text=True, timeout=120)
        if r.returncode != 0 or "</html>" not in r.stdout:
            fail(f"chromium --dump-dom: {r.returncode}\n{r.stderr[-2000:]}")
        console = [l for l in r.stderr.splitlines() if "CONSOLE" in l]
        if console:
            fail(f"console messages: {console}")
        dom = check_page("rendered index.html", r.stdout, report)
        want_cells = len(check_page("index.html", index, report).cells)
        if len(dom.cells) != want_cells or want_cells < 20:
            fail(f"the rendered DOM has {len(dom.cells)} figures, the file {want_cells}")
        shown = dict(dom.cells)
        i = len(report["periods"]) - 1
        if shown[f"periods.{i}.cash"] != last["cash"]:
            fail("the latest period's cash differs")
        requests = page_requests(netlog)
        if requests:
            fail(f"the page asked the network for {sorted(requests)}")
        # The same check catches a page that does fetch something (through
        # the refusing proxy, so nothing leaves the machine either way).
        bait = os.path.join(site, "bait.html")
        with open(bait, "w") as f:
            f.write('<!DOCTYPE html><html lang="en"><head><title>bait</title></head><body>'
                    '<img src="http://coop-report-test.invalid/x.png" alt="x"></body></html>')
        baitlog = os.path.join(tmp, "bait.json")
        subprocess.run(base + ["--log-net-log=" + baitlog, "--dump-dom", "file://" + bait],
                       capture_output=True, text=True, timeout=120)
        if not any("coop-report-test.invalid" in u for u in page_requests(baitlog)):
            fail("the net log check does not see a page's own request")
        for size, out in (("1280,2400", shot), ("390,2400", os.path.join(tmp, "phone.png"))):
            r = subprocess.run(base + ["--window-size=" + size, "--hide-scrollbars",
                                       "--screenshot=" + out, url],
                               capture_output=True, text=True, timeout=120)
            console = [l for l in r.stderr.splitlines() if "CONSOLE" in l]
            if r.returncode != 0 or console:
                fail(f"chromium --screenshot {size}: {r.returncode} {console}")
            with open(out, "rb") as f:
                png = f.read()
            if png[:8] != b"\x89PNG\r\n\x1a\n" or len(png) < 10000:
                fail(f"screenshot {size} is not a PNG of a page ({len(png)} bytes)")
        print(f"chromium: {len(dom.cells)} rendered figures equal the JSON, no request, "
              "no console message, screenshots at 1280 and 390 pixels wide")
    finally:
        if os.environ.get("COOP_KEEP_SITE"):
            print("kept", tmp)
        else:
            shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
