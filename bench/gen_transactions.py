#!/usr/bin/env python3
"""Writes N synthetic bank-export rows as CSV (Date,Description,Amount,Category), byte-identical
for the same N, seed and order: ~40 merchants over three years, ~5% income. Used by the benchmarks.

--order bank (the default) lists rows newest first, as bank exports do; --order shuffled keeps
them in random date order, the worst case for building the date index.

usage: bench/gen_transactions.py N OUT.csv [--seed S] [--order bank|shuffled]
"""
import argparse
import datetime
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


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("n", type=int)
    ap.add_argument("out")
    ap.add_argument("--seed", type=int, default=20240101)
    ap.add_argument("--order", choices=["bank", "shuffled"], default="bank")
    args = ap.parse_args()
    rng = random.Random(args.seed)
    start = datetime.date(2021, 1, 1)
    days = (datetime.date(2023, 12, 31) - start).days + 1
    rows = []
    for _ in range(args.n):
        d = start + datetime.timedelta(days=rng.randrange(days))
        if rng.random() < 0.05:
            name, lo, hi = rng.choice(INCOME)
            cents, cat = rng.randint(lo, hi), "income"
        else:
            name, cat, lo, hi = rng.choice(MERCHANTS)
            cents = -rng.randint(lo, hi)
        sign = "-" if cents < 0 else ""
        rows.append((d, f"{d.isoformat()},{name} {rng.randrange(1000, 9999)},{sign}{abs(cents) // 100}.{abs(cents) % 100:02d},{cat}\n"))
    if args.order == "bank":
        rows.sort(key=lambda r: r[0], reverse=True)  # stable: same-day rows keep their order
    with open(args.out, "w", newline="") as f:
        f.write("Date,Description,Amount,Category\n")
        f.writelines(line for _, line in rows)


if __name__ == "__main__":
    main()
