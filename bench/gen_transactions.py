#!/usr/bin/env python3
"""Writes N synthetic bank-export rows as CSV (Date,Description,Amount,Category), byte-identical
for the same N, seed and order: ~40 merchants over three years, ~5% income. Used by the benchmarks.

--order bank (the default) lists rows newest first, as bank exports do; --order shuffled keeps
them in random date order, the worst case for building the date index.

The same rows can also be written as an OFX 2 statement (--ofx), a journal that ledger and
hledger both read (--journal) and a beancount file (--beancount), and the money out per month and
category in integer cents as JSON (--truth, {"2021-01 food": 123456, ...}) to check every tool's
report against. --sentences writes K chat messages (en/pt/es, one to three amounts each, one per
line) and prints how many amounts they hold.

usage: bench/gen_transactions.py N OUT.csv [--seed S] [--order bank|shuffled]
           [--ofx F] [--journal F] [--beancount F] [--truth F] [--sentences F --sentence-count K]
"""
import argparse
import datetime
import json
import random

MERCHANTS = [
    ("WHOLEFDS MKT", "food", 2000, 15000), ("TRADER JOE'S", "food", 1500, 9000), ("STARBUCKS", "food", 300, 900),
    ("CHIPOTLE", "food", 900, 2500), ("DOORDASH", "food", 1500, 6000), ("SAFEWAY", "food", 1000, 12000),
    ("UBER *TRIP", "transport", 800, 4500), ("LYFT RIDE", "transport", 700, 4000), ("SHELL OIL", "transport", 2500, 7000),
    ("CHEVRON", "transport", 2500, 7000), ("MTA METROCARD", "transport", 275, 3300), ("PARKMOBILE", "transport", 300, 2500),
    ("RENT PAYMENT", "housing", 150000, 250000), ("HOME DEPOT", "housing", 1500, 30000), ("IKEA", "housing", 2000, 50000),
    ("COMCAST", "utilities", 6000, 12000), ("PG&E", "utilities", 4000, 20000), ("VERIZON WIRELESS", "utilities", 5000, 12000),
    ("CVS PHARMACY", "health", 500, 6000), ("WALGREENS", "health", 500, 5000), ("PLANET FITNESS", "health", 1000, 2500),
    ("NETFLIX.COM", "entertainment", 1599, 1599), ("SPOTIFY", "entertainment", 1199, 1199), ("AMC THEATRES", "entertainment", 1200, 4000),
    ("STEAMGAMES", "entertainment", 500, 6000), ("COURSERA", "education", 3900, 7900), ("BARNES & NOBLE", "education", 1000, 6000),
    ("UDEMY", "education", 1299, 9999), ("ZARA", "clothing", 2000, 15000), ("UNIQLO", "clothing", 1500, 9000),
    ("NIKE", "clothing", 5000, 18000), ("AMAZON MKTPLACE", "other", 500, 20000), ("TARGET", "other", 800, 15000),
    ("PETSMART", "other", 1000, 8000), ("SUPERCUTS", "other", 2000, 4000), ("BEST BUY", "other", 2000, 90000),
]
INCOME = [("ACME CORP PAYROLL", 250000, 450000), ("UPWORK FREELANCE PAYMENT", 20000, 150000), ("INTEREST PAYMENT", 50, 2000)]


def generate(n, seed, order):
    """The rows: (date, description, signed cents, category), in file order."""
    rng = random.Random(seed)
    start = datetime.date(2021, 1, 1)
    days = (datetime.date(2023, 12, 31) - start).days + 1
    rows = []
    for _ in range(n):
        d = start + datetime.timedelta(days=rng.randrange(days))
        if rng.random() < 0.05:
            name, lo, hi = rng.choice(INCOME)
            cents, cat = rng.randint(lo, hi), "income"
        else:
            name, cat, lo, hi = rng.choice(MERCHANTS)
            cents = -rng.randint(lo, hi)
        rows.append((d, f"{name} {rng.randrange(1000, 9999)}", cents, cat))
    if order == "bank":
        rows.sort(key=lambda r: r[0], reverse=True)  # stable: same-day rows keep their order
    return rows


def money(cents):
    sign = "-" if cents < 0 else ""
    return f"{sign}{abs(cents) // 100}.{abs(cents) % 100:02d}"


def write_csv(rows, path):
    with open(path, "w", newline="") as f:
        f.write("Date,Description,Amount,Category\n")
        f.writelines(f"{d.isoformat()},{desc},{money(c)},{cat}\n" for d, desc, c, cat in rows)


def write_ofx(rows, path):
    esc = lambda s: s.replace("&", "&amp;").replace("<", "&lt;").replace("'", "&apos;")
    with open(path, "w") as f:
        f.write('<?xml version="1.0" encoding="UTF-8"?>\n<?OFX OFXHEADER="200" VERSION="220" SECURITY="NONE" OLDFILEUID="NONE" NEWFILEUID="NONE"?>\n')
        f.write("<OFX><SIGNONMSGSRSV1><SONRS><STATUS><CODE>0</CODE><SEVERITY>INFO</SEVERITY></STATUS>"
                "<DTSERVER>20240101</DTSERVER><LANGUAGE>ENG</LANGUAGE></SONRS></SIGNONMSGSRSV1>\n")
        f.write("<BANKMSGSRSV1><STMTTRNRS><TRNUID>1</TRNUID><STATUS><CODE>0</CODE><SEVERITY>INFO</SEVERITY></STATUS>"
                "<STMTRS><CURDEF>USD</CURDEF><BANKACCTFROM><BANKID>021000021</BANKID><ACCTID>000123456789</ACCTID>"
                "<ACCTTYPE>CHECKING</ACCTTYPE></BANKACCTFROM>\n<BANKTRANLIST><DTSTART>20210101</DTSTART><DTEND>20231231</DTEND>\n")
        for i, (d, desc, c, cat) in enumerate(rows):
            kind = "CREDIT" if c > 0 else "DEBIT"
            f.write(f"<STMTTRN><TRNTYPE>{kind}</TRNTYPE><DTPOSTED>{d.strftime('%Y%m%d')}</DTPOSTED><TRNAMT>{money(c)}</TRNAMT>"
                    f"<FITID>{i:09d}</FITID><NAME>{esc(desc)}</NAME><MEMO>{cat}</MEMO></STMTTRN>\n")
        f.write("</BANKTRANLIST><LEDGERBAL><BALAMT>0.00</BALAMT><DTASOF>20231231</DTASOF></LEDGERBAL></STMTRS></STMTTRNRS></BANKMSGSRSV1></OFX>\n")


INCOME_KIND = {"ACME CORP PAYROLL": "salary", "UPWORK FREELANCE PAYMENT": "freelance", "INTEREST PAYMENT": "interest"}


def income_kind(desc):
    return INCOME_KIND[desc.rsplit(" ", 1)[0]]


def double_entries(rows):
    """Oldest first, as people keep books: (date, description, account the money goes to, the
    account it comes from, cents), accounts as (kind, name)."""
    for d, desc, c, cat in sorted(rows, key=lambda r: r[0]):
        if c < 0:
            yield d, desc, ("expenses", cat), ("assets", "checking"), -c
        else:
            yield d, desc, ("assets", "checking"), ("income", income_kind(desc)), c


def write_journal(rows, path):
    """ledger and hledger read the same file."""
    with open(path, "w") as f:
        for d, desc, to, frm, cents in double_entries(rows):
            f.write(f"{d.isoformat()} {desc}\n    {':'.join(to)}  ${money(cents)}\n    {':'.join(frm)}\n\n")


def write_beancount(rows, path):
    account = lambda a: ":".join(part.capitalize() for part in a)
    accounts = ["Assets:Checking"] + [f"Expenses:{m[1].capitalize()}" for m in MERCHANTS] + [f"Income:{k.capitalize()}" for k in INCOME_KIND.values()]
    with open(path, "w") as f:
        f.writelines(f"2020-12-31 open {a} USD\n" for a in dict.fromkeys(accounts))
        f.write("\n")
        for d, desc, to, frm, cents in double_entries(rows):
            f.write(f'{d.isoformat()} * "{desc}"\n  {account(to)}  {money(cents)} USD\n  {account(frm)}\n\n')


def write_truth(rows, path):
    totals = {}
    for d, _, c, cat in rows:
        if c < 0:
            key = f"{d.strftime('%Y-%m')} {cat}"
            totals[key] = totals.get(key, 0) - c
    with open(path, "w") as f:
        json.dump(dict(sorted(totals.items())), f, indent=0)


SENTENCES = [
    ("coffee ${a} and lunch ${b}", 2), ("spent ${a} on groceries at Whole Foods yesterday", 1),
    ("uber ${a}, movie tickets ${b} and popcorn ${c}", 3), ("paid ${a} for the electricity bill", 1),
    ("gastei R$ {a} no mercado e R$ {b} na farmácia", 2), ("almoço {a} reais ontem", 1),
    ("uber R$ {a}, cinema R$ {b} e pipoca R$ {c}", 3), ("paguei {a} reais de luz", 1),
    ("gasté {a} € en el súper y {b} € en la farmacia", 2), ("taxi {a} euros ayer", 1),
    ("cena {a} €, cine {b} € y palomitas {c} €", 3), ("pagué {a} euros de luz el viernes", 1),
]


def write_sentences(path, count, seed):
    rng = random.Random(seed)
    amounts = 0
    with open(path, "w") as f:
        for _ in range(count):
            template, n = rng.choice(SENTENCES)
            f.write(template.format(**{k: rng.randint(2, 180) for k in "abc"}) + "\n")
            amounts += n
    return amounts


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("n", type=int)
    ap.add_argument("out")
    ap.add_argument("--seed", type=int, default=20240101)
    ap.add_argument("--order", choices=["bank", "shuffled"], default="bank")
    ap.add_argument("--ofx")
    ap.add_argument("--journal")
    ap.add_argument("--beancount")
    ap.add_argument("--truth")
    ap.add_argument("--sentences")
    ap.add_argument("--sentence-count", type=int, default=10000)
    args = ap.parse_args()
    rows = generate(args.n, args.seed, args.order)
    write_csv(rows, args.out)
    for flag, write in (("ofx", write_ofx), ("journal", write_journal), ("beancount", write_beancount), ("truth", write_truth)):
        if getattr(args, flag):
            write(rows, getattr(args, flag))
    if args.sentences:
        print(write_sentences(args.sentences, args.sentence_count, args.seed))


if __name__ == "__main__":
    main()
