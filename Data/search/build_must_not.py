#!/usr/bin/env python3
"""Builds and checks Data/search/queries.jsonl, the search evaluation set.

Usage (from the repository root; --file Data/search/holdout.jsonl for the holdout set):
    python3 Data/search/build_must_not.py            # recompute must_not (and "ALL" relevant), rewrite, summary
    python3 Data/search/build_must_not.py --check    # same checks, write nothing; exit 1 if the file is stale
    python3 Data/search/build_must_not.py --score RESULTS.jsonl
        # RESULTS: one JSON per line, same order as queries.jsonl, {"results": [vehicleId, ...]}
        # (or a bare list); prints recall@5, precision@5, MRR and must_not violations.

Each query line carries, besides the evaluated fields
    {"dealerId", "text", "relevant": [...], "must_not": [...], "note"}
a hand-written annotation of what the buyer states:
    "category":    hard | soft | name | nomatch
    "constraints": only the HARD constraints the text states. Keys:
        price_max, price_min (in units of currency), currency ("DOP" default | "USD"),
        body_type, make, model, fuel (a string, or a list = any of), year_min, year_max,
        transmission, seats_min, condition.
    "relevant":    hand-judged ids, or the string "ALL" (written back as the list plus
                   "relevant_rule": "all_matching"): every offered vehicle of the dealer that
                   satisfies the constraints.

must_not (computed here, exhaustively, never by hand) = every vehicle of the query's dealer that
violates a stated constraint + every sold vehicle + every reserved vehicle (see RESERVED below).

Rules used for the comparison:
- Prices: a USD price is compared at PESOS_PER_DOLLAR (63) RD$/US$; a USD bound is converted the
  same way. Bounds are inclusive ("hasta 2 palos" keeps a RD$2,000,000 vehicle). A warning is
  printed when a vehicle sits exactly on a bound.
- model: the normalized query model (lowercase, letters and digits only) must be contained in the
  vehicle's normalized model, so "Land Cruiser" covers "Land Cruiser Prado" but "Land Cruiser
  Prado" does not cover a Land Cruiser 300; "crv" == "CR-V".
- seats_min: seats >= n. year_min/year_max inclusive.
- RESERVED: a reserved vehicle is held for another buyer; search results are offers, so it is
  never offered by search (the engine's own default query also searches only available ones).
  It is therefore in every must_not and never relevant. --reserved-offered flips this to "a
  reserved vehicle may be shown": it is then only in must_not when it violates a constraint and
  it is still never relevant (so the score does not depend on the policy).

Fails (exit 1) on: bad JSON, unknown keys or enum values, unknown vehicle ids, ids of another
dealer, relevant ∩ must_not != ∅, an "ALL" that matches nothing outside the nomatch category, a
nomatch query for which some offered vehicle satisfies the constraints, duplicate texts.
"""
import argparse
import json
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
INVENTORY = ROOT / "Sources/OKLAServer/Resources/demo/inventory.json"
QUERIES = HERE / "queries.jsonl"
PESOS_PER_DOLLAR = 63.0

CATEGORIES = ["hard", "soft", "name", "nomatch"]
ENUMS = {
    "body_type": {"suv", "sedan", "hatchback", "pickup", "minivan", "van", "coupe", "motorcycle"},
    "transmission": {"automatic", "manual"},
    "fuel": {"gasoline", "diesel", "hybrid", "electric", "lpg"},
    "condition": {"new", "used"},
    "currency": {"DOP", "USD"},
}
CONSTRAINT_KEYS = {"price_max", "price_min", "currency", "body_type", "make", "model", "year_min",
                   "year_max", "transmission", "fuel", "seats_min", "condition"}
LIST_OK = {"body_type", "make", "model", "fuel"}
LINE_KEYS = ["dealerId", "text", "relevant", "must_not", "note", "category", "constraints", "relevant_rule"]


def key(s):
    s = unicodedata.normalize("NFKD", str(s).lower())
    return re.sub(r"[^a-z0-9]", "", "".join(c for c in s if not unicodedata.combining(c)))


def as_list(v):
    return v if isinstance(v, list) else [v]


def pesos(price, currency):
    return price * PESOS_PER_DOLLAR if currency == "USD" else price


def violations(v, c):
    """Names of the constraints vehicle v violates."""
    out = []
    cur = c.get("currency", "DOP")
    p = pesos(v["price"], v["currency"])
    if "price_max" in c and p > pesos(c["price_max"], cur):
        out.append("price_max")
    if "price_min" in c and p < pesos(c["price_min"], cur):
        out.append("price_min")
    for field, attr in (("body_type", "bodyType"), ("transmission", "transmission"),
                        ("fuel", "fuel"), ("condition", "condition")):
        if field in c and v[attr] not in as_list(c[field]):
            out.append(field)
    if "make" in c and key(v["make"]) not in {key(m) for m in as_list(c["make"])}:
        out.append("make")
    if "model" in c and not any(key(m) in key(v["model"]) for m in as_list(c["model"])):
        out.append("model")
    if "year_min" in c and v["year"] < c["year_min"]:
        out.append("year_min")
    if "year_max" in c and v["year"] > c["year_max"]:
        out.append("year_max")
    if "seats_min" in c and (v.get("seats") or 0) < c["seats_min"]:
        out.append("seats_min")
    return out


def on_bound(v, c):
    cur = c.get("currency", "DOP")
    p = pesos(v["price"], v["currency"])
    return any(b in c and abs(p - pesos(c[b], cur)) < 0.5 for b in ("price_max", "price_min"))


def check_constraints(c, where, errors):
    if not isinstance(c, dict):
        errors.append(f"{where}: constraints must be an object")
        return
    for k, val in c.items():
        if k not in CONSTRAINT_KEYS:
            errors.append(f"{where}: unknown constraint {k!r}")
            continue
        if isinstance(val, list) and k not in LIST_OK:
            errors.append(f"{where}: {k} cannot be a list")
        for x in as_list(val):
            if k in ENUMS and x not in ENUMS[k]:
                errors.append(f"{where}: bad {k} value {x!r}")
            if k in {"year_min", "year_max", "seats_min"} and not isinstance(x, int):
                errors.append(f"{where}: {k} must be an integer")
            if k in {"price_max", "price_min"} and not isinstance(x, (int, float)):
                errors.append(f"{where}: {k} must be a number")
    if ("price_max" in c or "price_min" in c) and "currency" not in c:
        errors.append(f"{where}: price bound without currency")
    if "currency" in c and not ("price_max" in c or "price_min" in c):
        errors.append(f"{where}: currency without a price bound")
    for lo, hi in (("year_min", "year_max"), ("price_min", "price_max")):
        if lo in c and hi in c and c[lo] > c[hi]:
            errors.append(f"{where}: {lo} > {hi}")


def norm_text(t):
    t = unicodedata.normalize("NFKD", t.lower())
    t = "".join(ch for ch in t if not unicodedata.combining(ch))
    return re.sub(r"\s+", " ", re.sub(r"[^\w\s]", " ", t)).strip()


def build(lines, vehicles, reserved_offered):
    errors, warnings, out = [], [], []
    by_id = {v["vehicleId"]: v for v in vehicles}
    stock = defaultdict(list)
    for v in vehicles:
        stock[v["dealerId"]].append(v)
    seen = {}
    for n, raw in enumerate(lines, 1):
        where = f"line {n}"
        try:
            q = json.loads(raw)
        except json.JSONDecodeError as e:
            errors.append(f"{where}: invalid JSON ({e})")
            continue
        unknown = set(q) - set(LINE_KEYS)
        if unknown:
            errors.append(f"{where}: unknown keys {sorted(unknown)}")
        for k in ("dealerId", "text", "note", "category", "constraints", "relevant"):
            if k not in q:
                errors.append(f"{where}: missing {k}")
        if any(k not in q for k in ("dealerId", "text", "constraints", "relevant")):
            continue
        dealer, c = q["dealerId"], q["constraints"]
        if dealer not in stock:
            errors.append(f"{where}: unknown dealer {dealer!r}")
            continue
        if q.get("category") not in CATEGORIES:
            errors.append(f"{where}: category must be one of {CATEGORIES}")
        if not q["text"].strip() or not q.get("note", "").strip():
            errors.append(f"{where}: empty text or note")
        t = norm_text(q["text"])
        if (dealer, t) in seen:
            errors.append(f"{where}: duplicate text of line {seen[(dealer, t)]}")
        seen[(dealer, t)] = n
        check_constraints(c, where, errors)

        must_not, matching = [], []
        for v in stock[dealer]:
            broken = violations(v, c)
            status = v.get("status", "available")
            if broken or status == "sold" or (status == "reserved" and not reserved_offered):
                must_not.append(v["vehicleId"])
            if not broken and status == "available":
                matching.append(v["vehicleId"])
            if not broken and on_bound(v, c):
                warnings.append(f"{where}: {v['vehicleId']} sits exactly on a price bound")

        rule = "all_matching" if q["relevant"] == "ALL" or q.get("relevant_rule") == "all_matching" else None
        if rule:
            relevant = matching
        else:
            relevant = q["relevant"]
            if not isinstance(relevant, list):
                errors.append(f"{where}: relevant must be a list or \"ALL\"")
                relevant = []
        for vid in relevant:
            if vid not in by_id:
                errors.append(f"{where}: unknown vehicle {vid}")
            elif by_id[vid]["dealerId"] != dealer:
                errors.append(f"{where}: {vid} belongs to {by_id[vid]['dealerId']}, not {dealer}")
            elif vid in must_not:
                errors.append(f"{where}: relevant {vid} is in must_not ({violations(by_id[vid], c) or by_id[vid]['status']})")
            elif by_id[vid].get("status") != "available":
                errors.append(f"{where}: relevant {vid} is {by_id[vid]['status']}")
        if len(set(relevant)) != len(relevant):
            errors.append(f"{where}: duplicate ids in relevant")
        if q.get("category") == "nomatch":
            if relevant:
                errors.append(f"{where}: nomatch query with relevant ids")
            if matching:
                errors.append(f"{where}: nomatch query but {matching} satisfy the constraints")
        elif not relevant:
            errors.append(f"{where}: empty relevant outside the nomatch category")

        row = {"dealerId": dealer, "text": q["text"], "relevant": list(relevant), "must_not": must_not,
               "note": q.get("note", ""), "category": q.get("category"), "constraints": c}
        if rule:
            row["relevant_rule"] = rule
        out.append(row)
    return out, errors, warnings


def summary(rows, vehicles):
    dealers = sorted({v["dealerId"] for v in vehicles})
    counts = Counter((r["category"], r["dealerId"]) for r in rows)
    width = max(len(d) for d in dealers)
    print(f"{'category':10}" + "".join(f"{d:>{width + 2}}" for d in dealers) + f"{'total':>8}{'share':>8}")
    for cat in CATEGORIES:
        total = sum(counts[(cat, d)] for d in dealers)
        print(f"{cat:10}" + "".join(f"{counts[(cat, d)]:>{width + 2}}" for d in dealers)
              + f"{total:>8}{total / len(rows):>8.0%}")
    print(f"{'total':10}" + "".join(f"{sum(counts[(c, d)] for c in CATEGORIES):>{width + 2}}" for d in dealers)
          + f"{len(rows):>8}")
    with_c = sum(1 for r in rows if r["constraints"])
    keys = Counter(k for r in rows for k in r["constraints"] if k != "currency")
    usd = sum(1 for r in rows if r["constraints"].get("currency") == "USD")
    print(f"\nqueries with >=1 hard constraint: {with_c}/{len(rows)}; USD price bounds: {usd}")
    print("constraint usage: " + ", ".join(f"{k}={n}" for k, n in keys.most_common()))
    rel = [len(r["relevant"]) for r in rows if r["relevant"]]
    print(f"relevant per query (non-empty): min {min(rel)}, mean {sum(rel) / len(rel):.1f}, max {max(rel)}; "
          f"judged by hand: {sum(1 for r in rows if 'relevant_rule' not in r and r['relevant'])}, "
          f"all-matching rule: {sum(1 for r in rows if 'relevant_rule' in r)}")
    mn = [len(r["must_not"]) for r in rows]
    print(f"must_not per query: min {min(mn)}, mean {sum(mn) / len(mn):.1f}, max {max(mn)}")


def score(rows, results_path):
    results = [json.loads(l) for l in Path(results_path).read_text().splitlines() if l.strip()]
    if len(results) != len(rows):
        sys.exit(f"{results_path}: {len(results)} lines for {len(rows)} queries")
    rec, prec, rr, viol, scored = 0.0, 0.0, 0.0, 0, 0
    for q, res in zip(rows, results):
        got = res if isinstance(res, list) else res.get("results", res.get("vehicles", []))
        got = [g["vehicleId"] if isinstance(g, dict) else g for g in got]
        bad = [g for g in got if g in q["must_not"]]
        viol += len(bad)
        if bad:
            print(f"must_not violation: {q['text']!r} -> {bad}")
        if not q["relevant"]:
            continue
        scored += 1
        top, relevant = got[:5], set(q["relevant"])
        hits = sum(1 for g in top if g in relevant)
        rec += hits / min(len(relevant), 5)
        prec += hits / len(top) if top else 0.0
        rr += next((1 / (i + 1) for i, g in enumerate(got) if g in relevant), 0.0)
    print(f"recall@5 {rec / scored:.3f}  precision@5 {prec / scored:.3f}  MRR {rr / scored:.3f}  "
          f"must_not violations {viol}  ({scored} scored queries, {len(rows)} in all)")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check", action="store_true", help="write nothing; fail if the file is stale")
    ap.add_argument("--reserved-offered", action="store_true", help="reserved vehicles may be shown")
    ap.add_argument("--score", metavar="RESULTS", help="score a results file against the set")
    ap.add_argument("--file", default=str(QUERIES))
    args = ap.parse_args()

    vehicles = json.loads(INVENTORY.read_text())["vehicles"]
    path = Path(args.file)
    lines = [l for l in path.read_text().splitlines() if l.strip()]
    rows, errors, warnings = build(lines, vehicles, args.reserved_offered)
    for w in warnings:
        print("warning:", w)
    if errors:
        for e in errors:
            print("error:", e)
        sys.exit(1)
    text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    if args.score:
        score(rows, args.score)
        return
    summary(rows, vehicles)
    if args.check:
        if text != path.read_text():
            print(f"\n{path} is stale: run without --check")
            sys.exit(1)
        print(f"\n{path}: OK")
    else:
        path.write_text(text)
        print(f"\nwrote {len(rows)} queries to {path}")


if __name__ == "__main__":
    main()
