#!/usr/bin/env python3
"""Ozzie next to its peers on the same data, in the same run (run by bench/peers.sh, which
installs the peers and builds the release `ozzie` first).

For each N it writes the same N transactions as a bank CSV, an OFX 2 statement, a ledger/hledger
journal and a beancount file (bench/gen_transactions.py), then times, each RUNS times (median),
with the peak memory of each process:

  load    `ozzie tx import` of the CSV (and of the OFX) into a fresh encrypted database, the
          sqlcipher CLI's `.import` of the same CSV into a fresh encrypted table, ledger, hledger
          and beancount reading the journal (`stats` / `bean-check`);
  report  money out per month and category over all the stored data: `ozzie report`, a GROUP BY
          in the sqlcipher CLI over its table, ledger's and hledger's monthly reports, bean-query;
  open    `ozzie init` on the database holding N transactions (exec, key, open, one query) and the
          sqlcipher CLI opening its file with a raw key; `ozzie --version` is the process floor;

and once, offline sentence parsing: `ozzie parse --lines` of 20,000 chat messages (en/pt/es).

Every report's output is checked cell by cell (month x category, integer cents) against the
generator's ground truth, and the parse against the number of amounts written: a tool whose
answer is wrong is marked WRONG, not timed as if it were right. A tool whose first run takes
longer than LIMIT_S seconds is shown as "> LIMIT_S s" and not run again at that N.

usage: bench/peers.py [N ...]      (default 10000 100000 1000000)
env:   RUNS=3  LIMIT_S=120  CELL_BUDGET_S=90 (a cell whose first run is slow runs fewer times)  OZZIE=target/release/ozzie  OUT=bench/results  VENV=bench/.venv
"""
import csv
import datetime
import io
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from decimal import Decimal

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
RUNS = int(os.environ.get("RUNS", "3"))
LIMIT_S = float(os.environ.get("LIMIT_S", "120"))
CELL_BUDGET_S = float(os.environ.get("CELL_BUDGET_S", "90"))
OZZIE = os.path.abspath(os.environ.get("OZZIE", os.path.join(ROOT, "target/release/ozzie")))
OUT = os.environ.get("OUT", os.path.join(HERE, "results"))
VENV = os.environ.get("VENV", os.path.join(HERE, ".venv"))
KEY_PASSPHRASE = "bench"
RAW_KEY = "2b7e151628aed2a6abf7158809cf4f3c762e7160f38b4da56a784d9045190cfe"  # the peer's raw 256-bit key
SENTENCE_MESSAGES = 20_000


class Run:
    """One process: wall seconds, peak resident memory (KiB), what it printed."""

    def __init__(self, seconds, peak_kib, stdout, failure, timed_out):
        self.seconds, self.peak_kib, self.stdout, self.failure, self.timed_out = seconds, peak_kib, stdout, failure, timed_out


def run(cmd, stdin_path=None, env=None):
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        stdin = open(stdin_path, "rb") if stdin_path else subprocess.DEVNULL
        started = time.perf_counter()
        proc = subprocess.Popen(cmd, stdin=stdin, stdout=out, stderr=err, env={**os.environ, **(env or {})})
        timer = threading.Timer(LIMIT_S, proc.kill)
        timer.start()
        _, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - started
        timed_out = not timer.is_alive()
        timer.cancel()
        proc.returncode = status
        if stdin_path:
            stdin.close()
        out.seek(0)
        err.seek(0)
        stdout = out.read().decode("utf-8", "replace")
        error = err.read().decode("utf-8", "replace").strip().splitlines() if status != 0 and not timed_out else []
        return Run(seconds, usage.ru_maxrss, stdout, (error or [f"exit status {status}"])[-1] if status else None, timed_out)


class Cell:
    """A tool's median over RUNS runs, or why it has none."""

    def __init__(self, runs=None, note=None):
        self.runs, self.note = runs or [], note

    @property
    def seconds(self):
        return statistics.median(r.seconds for r in self.runs) if self.runs and not self.note else None

    @property
    def peak_mib(self):
        return statistics.median(r.peak_kib for r in self.runs) / 1024 if self.runs else None


def measure(label, cmd, prepare=None, check=None, stdin_path=None, env=None, runs=RUNS):
    """Runs `cmd` `runs` times (after `prepare` each time); `check` reads the first run's output."""
    done = []
    while len(done) < runs:
        if prepare:
            prepare()
        r = run(cmd, stdin_path, env)
        if r.timed_out:
            print(f"  {label}: over {LIMIT_S:.0f} s, not timed", flush=True)
            return Cell([r], note=f"> {LIMIT_S:.0f} s")
        if r.failure:
            print(f"  {label}: failed: {r.failure}", flush=True)
            reason = re.sub(r"/\S+", "the file", re.sub(r"^error\[[A-Z_]+\]: (\w+: )?", "", r.failure))
            return Cell([r], note=f"refused: {reason[:80]}")
        done.append(r)
        if len(done) == 1:
            # Slow cells run fewer times so the whole command stays under half an hour.
            runs = min(runs, max(1, int(CELL_BUDGET_S // max(r.seconds, 1e-3))))
            problem = check(r.stdout) if check else None
            if problem:
                print(f"  {label}: WRONG: {problem}", flush=True)
                return Cell(done, note="WRONG")
    cell = Cell(done)
    print(f"  {label}: {cell.seconds:.3f} s, {cell.peak_mib:.0f} MiB [{len(done)} runs]", flush=True)
    return cell


# ---------------------------------------------------------------- checking reports against the truth

def cents(text):
    text = text.strip().replace("$", "").replace(",", "").replace("USD", "").strip()
    return int((abs(Decimal(text)) * 100).to_integral_value())


def compare(got, truth):
    if got == truth:
        return None
    missing = sorted(set(truth) - set(got))[:3]
    extra = sorted(set(got) - set(truth))[:3]
    wrong = sorted(k for k in set(got) & set(truth) if got[k] != truth[k])[:3]
    return f"{len(got)} cells vs {len(truth)} expected; missing {missing}, extra {extra}, different {[(k, got[k], truth[k]) for k in wrong]}"


def ozzie_cells(text):
    return {f"{r['month']} {r['category']}": r["spent_cents"] for r in json.loads(text)["data"]["rows"]}


def csv_line_cells(text, month, category):
    cells = {}
    for row in csv.reader(io.StringIO(text)):
        if row and re.match(r"\d{4}", row[0]):
            key = f"{month(row)} {category(row)}"
            cells[key] = cells.get(key, 0) + cents(row[-1])
    return cells


def hledger_cells(text):
    rows = list(csv.reader(io.StringIO(text)))
    cells = {}
    for row in rows[1:]:
        if row[0].startswith("expenses:"):
            for month, value in zip(rows[0][1:], row[1:]):
                if re.fullmatch(r"\d{4}-\d{2}", month) and value.strip() not in ("", "0"):
                    cells[f"{month} {row[0].split(':', 1)[1]}"] = cents(value)
    return cells


# ---------------------------------------------------------------- one N

def bench_n(n, work):
    print(f"\n== N = {n:,}", flush=True)
    p = lambda ext: os.path.join(work, f"txns_{n}.{ext}")
    subprocess.run([sys.executable, os.path.join(HERE, "gen_transactions.py"), str(n), p("csv"), "--ofx", p("ofx"), "--journal", p("journal"),
                    "--beancount", p("beancount"), "--truth", p("truth")], check=True)
    truth = json.load(open(p("truth")))
    checked = lambda parse: (lambda out: compare(parse(out), truth))
    ozzie_env = {"OZZIE_DB_KEY": KEY_PASSPHRASE, "RUST_LOG": "warn"}
    ozzie_dir = os.path.join(work, f"ozzie_{n}")

    def fresh_ozzie():
        shutil.rmtree(ozzie_dir, ignore_errors=True)
        made = run([OZZIE, "--data-dir", ozzie_dir, "user", "create", "--name", "Bench"], env=ozzie_env)
        if made.failure:
            sys.exit(f"ozzie user create failed: {made.failure}")

    peer_db = os.path.join(work, f"peer_{n}.db")
    key_sql = f"PRAGMA key = \"x'{RAW_KEY}'\";\n"
    import_sql = os.path.join(work, "import.sql")
    with open(import_sql, "w") as f:
        f.write(key_sql + "CREATE TABLE t(date TEXT, description TEXT, amount REAL, category TEXT);\n.mode csv\n"
                f".import {p('csv')} t\nDELETE FROM t WHERE rowid = 1 AND date = 'Date';\n")
    report_sql = os.path.join(work, "report.sql")
    with open(report_sql, "w") as f:
        f.write(key_sql + ".mode csv\nSELECT strftime('%Y-%m', date), category, printf('%.2f', sum(amount)) FROM t "
                "WHERE category <> 'income' GROUP BY 1, 2 ORDER BY 1, 2;\n")
    open_sql = os.path.join(work, "open.sql")
    with open(open_sql, "w") as f:
        f.write(key_sql + "SELECT count(*) FROM sqlite_master;\n")
    rm_peer = lambda: [os.remove(f) for f in (peer_db, peer_db + "-journal") if os.path.exists(f)]
    bean = lambda tool: os.path.join(VENV, "bin", tool)
    cold_bean = {"BEANCOUNT_DISABLE_LOAD_CACHE": "1"}
    ledger_format = '%(format_date(date, "%Y-%m")),%(account),%(quantity(scrub(display_amount)))\n'

    cells = {}
    print("load", flush=True)
    cells["import_ofx"] = measure("ozzie tx import (OFX)", [OZZIE, "--data-dir", ozzie_dir, "tx", "import", p("ofx")], fresh_ozzie, env=ozzie_env)
    # The CSV import goes last: its database is the one the report and open rows read.
    cells["import_csv"] = measure("ozzie tx import (CSV)", [OZZIE, "--data-dir", ozzie_dir, "tx", "import", p("csv")], fresh_ozzie, env=ozzie_env)
    cells["sqlcipher_import"] = measure("sqlcipher .import", ["sqlcipher", "-batch", peer_db], rm_peer, stdin_path=import_sql)
    cells["ledger_load"] = measure("ledger stats", ["ledger", "-f", p("journal"), "stats"])
    cells["hledger_load"] = measure("hledger stats", ["hledger", "-f", p("journal"), "stats"])
    cells["beancount_load"] = measure("bean-check", [bean("bean-check"), p("beancount")], env=cold_bean)

    print("report: money out per month and category", flush=True)
    cells["ozzie_report"] = measure("ozzie report", [OZZIE, "--data-dir", ozzie_dir, "--json", "report"], check=checked(ozzie_cells), env=ozzie_env)
    cells["sqlcipher_report"] = measure("sqlcipher GROUP BY", ["sqlcipher", "-batch", peer_db], stdin_path=report_sql,
                                        check=checked(lambda t: csv_line_cells(t, lambda r: r[0], lambda r: r[1])))
    cells["ledger_report"] = measure("ledger reg --monthly", ["ledger", "-f", p("journal"), "reg", "^expenses", "--monthly", "--format", ledger_format],
                                     check=checked(lambda t: csv_line_cells(t, lambda r: r[0], lambda r: r[1].split(":", 1)[1])))
    cells["hledger_report"] = measure("hledger bal -M", ["hledger", "-f", p("journal"), "bal", "expenses", "-M", "--depth", "2", "-O", "csv"], check=checked(hledger_cells))
    cells["beancount_report"] = measure(
        "bean-query",
        [bean("bean-query"), "-f", "csv", p("beancount"),
         "SELECT year, month, root(account, 2) AS cat, sum(number) AS total WHERE account ~ '^Expenses:' GROUP BY year, month, cat ORDER BY year, month, cat"],
        env=cold_bean,
        check=checked(lambda t: csv_line_cells(t, lambda r: f"{r[0]}-{int(r[1]):02d}", lambda r: r[2].split(":", 1)[1].lower())),
    )

    print("open the encrypted database", flush=True)
    cells["ozzie_open"] = measure("ozzie init", [OZZIE, "--data-dir", ozzie_dir, "init"], env=ozzie_env, runs=max(RUNS, 9))
    cells["sqlcipher_open"] = measure("sqlcipher open", ["sqlcipher", "-batch", peer_db], stdin_path=open_sql, runs=max(RUNS, 9))
    cells["ozzie_floor"] = measure("ozzie --version", [OZZIE, "--version"], runs=max(RUNS, 9))
    for f in os.listdir(work):
        if f.startswith(f"txns_{n}."):
            os.remove(os.path.join(work, f))
    shutil.rmtree(ozzie_dir, ignore_errors=True)
    rm_peer()
    return cells


def bench_parse(work):
    print("\n== offline sentence parsing", flush=True)
    path = os.path.join(work, "sentences.txt")
    amounts = int(subprocess.run([sys.executable, os.path.join(HERE, "gen_transactions.py"), "0", os.path.join(work, "empty.csv"), "--sentences", path,
                                  "--sentence-count", str(SENTENCE_MESSAGES)], check=True, capture_output=True, text=True).stdout)
    check = lambda out: None if len(json.loads(out)["data"]["transactions"]) == amounts else f"{len(json.loads(out)['data']['transactions'])} transactions, {amounts} written"
    cell = measure("ozzie parse", [OZZIE, "--json", "parse", "--lines", "--file", path, "--today", "2026-11-20"], check=check)
    return cell, amounts


# ---------------------------------------------------------------- the table

def secs(cell):
    if cell.note:
        return cell.note
    text = f"{cell.seconds * 1000:.0f} ms" if cell.seconds < 1 else f"{cell.seconds:.2f} s"
    return text if len(cell.runs) >= RUNS else f"{text} ({len(cell.runs)} run{'s' if len(cell.runs) > 1 else ''})"


def mib(cell):
    return "—" if cell.peak_mib is None else f"{cell.peak_mib:.0f} MiB"


def ratio(a, b):
    if a.seconds is None or b.seconds is None:
        return "—"
    return f"{a.seconds / b.seconds:.2f}×"


def tool_version(cmd):
    try:
        out = subprocess.run(cmd, capture_output=True, text=True, timeout=30)
        return (out.stdout or out.stderr).strip().splitlines()[0]
    except (OSError, IndexError, subprocess.TimeoutExpired):
        return "not found"


# The table: each section's timed rows (label, cell) and its ratio rows (label, numerator, denominator).
SECTIONS = [
    ("load (median · peak memory)", [
        ("`ozzie tx import` CSV → encrypted database", "import_csv"),
        ("`ozzie tx import` OFX → encrypted database (OFX is read whole, up to 64 MB)", "import_ofx"),
        ("sqlcipher CLI `.import` CSV → encrypted table", "sqlcipher_import"),
        ("ledger reads the journal (`stats`)", "ledger_load"),
        ("hledger reads the journal (`stats`)", "hledger_load"),
        ("beancount reads its file (`bean-check`)", "beancount_load"),
    ], [
        ("**ozzie CSV / sqlcipher** (goal ≤ 1.5×)", "import_csv", "sqlcipher_import"),
        ("**ledger / ozzie CSV** (goal ≥ 3×)", "ledger_load", "import_csv"),
        ("**hledger / ozzie CSV** (goal ≥ 3×)", "hledger_load", "import_csv"),
        ("**beancount / ozzie CSV**", "beancount_load", "import_csv"),
    ]),
    ("report: money out per month × category (checked against the truth)", [
        ("`ozzie report` over the encrypted database (goal ≤ 0.5 s at 1M)", "ozzie_report"),
        ("sqlcipher CLI GROUP BY over its encrypted table", "sqlcipher_report"),
        ("ledger `reg --monthly` (reads the journal)", "ledger_report"),
        ("hledger `bal -M` (reads the journal)", "hledger_report"),
        ("beancount `bean-query` (reads its file)", "beancount_report"),
    ], [
        ("**ledger / ozzie**", "ledger_report", "ozzie_report"),
        ("**hledger / ozzie**", "hledger_report", "ozzie_report"),
        ("**ozzie / sqlcipher GROUP BY**", "ozzie_report", "sqlcipher_report"),
    ]),
    ("open the encrypted database (median of ≥ 9)", [
        ("`ozzie init`: exec, key, open, migrations checked, one query (goal ≤ 50 ms)", "ozzie_open"),
        ("sqlcipher CLI: exec, raw key, one query", "sqlcipher_open"),
        ("`ozzie --version`: the process alone", "ozzie_floor"),
    ], []),
]


def table(ns, results, parse):
    row = lambda label, fn: f"| {label} | " + " | ".join(fn(results[n]) for n in ns) + " |\n"
    sections = []
    for title, timed, ratios in SECTIONS:
        md = f"| {title} | " + " | ".join(f"N = {n:,}" for n in ns) + " |\n|---|" + "---|" * len(ns) + "\n"
        md += "".join(row(label, lambda c, k=key: f"{secs(c[k])} · {mib(c[k])}") for label, key in timed)
        md += "".join(row(label, lambda c, a=a, b=b: ratio(c[a], c[b])) for label, a, b in ratios)
        sections.append(md)
    md = "\n".join(sections)
    cell, amounts = parse
    if cell.seconds:
        md += (f"\nOffline sentence parsing: `ozzie parse --lines` of {SENTENCE_MESSAGES:,} chat messages (en/pt/es, {amounts:,} amounts, all found): "
               f"{secs(cell)} · {mib(cell)} = {SENTENCE_MESSAGES / cell.seconds:,.0f} messages/s, {amounts / cell.seconds:,.0f} transactions/s.\n")
    else:
        md += f"\nOffline sentence parsing: {cell.note}.\n"
    return md


def machine():
    cpu = next((line.split(":", 1)[1].strip() for line in open("/proc/cpuinfo") if line.startswith("model name")), platform.processor())
    mem = next((int(line.split()[1]) // 1024 // 1024 for line in open("/proc/meminfo") if line.startswith("MemTotal")), 0)
    distro = next((line.split("=", 1)[1].strip().strip('"') for line in open("/etc/os-release") if line.startswith("PRETTY_NAME")), "")
    return (f"{os.cpu_count()} cores ({cpu}), {mem} GiB, {distro}, Linux {platform.release()}; load average {os.getloadavg()[0]:.1f} at the end")


def main():
    ns = [int(a) for a in sys.argv[1:]] or [10_000, 100_000, 1_000_000]
    os.makedirs(OUT, exist_ok=True)
    started = datetime.datetime.now()
    with tempfile.TemporaryDirectory(prefix="ozzie-bench-") as work:
        results = {n: bench_n(n, work) for n in ns}
        parse = bench_parse(work)
    versions = "; ".join(f"{name} {tool_version(cmd)}" for name, cmd in [
        ("ozzie", [OZZIE, "--version"]), ("sqlcipher", ["sqlcipher", "-version"]), ("ledger", ["ledger", "--version"]),
        ("hledger", ["hledger", "--version"]), ("beancount", [os.path.join(VENV, "bin", "bean-check"), "--version"])])
    md = (f"Run of {started:%Y-%m-%d %H:%M} by `bench/peers.sh {' '.join(map(str, ns))}` (RUNS={RUNS}, LIMIT_S={LIMIT_S:.0f}), "
          f"{(datetime.datetime.now() - started).seconds // 60} min.\n\nMachine: {machine()}.\n\nVersions: {versions}.\n\n"
          + table(ns, results, parse))
    path = os.path.join(OUT, "peers.md")
    with open(path, "w") as f:
        f.write(md)
    print("\n" + md + f"\n(written to {os.path.relpath(path, ROOT)})")


if __name__ == "__main__":
    main()
