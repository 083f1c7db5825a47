#!/usr/bin/env python3
"""Checks Data/nlu/*.jsonl against SPEC.md's understanding contract.

Usage: python3 Data/nlu/validate.py [--lint] [FILE ...]   (default: train.jsonl test.jsonl)
Fails (exit 1) on: invalid JSON, unknown intent, unknown entity key, bad value type or
enum, min > max, currency without price (or price without currency), duplicate texts
within or across files (compared after lowercasing, removing accents, punctuation and
emoji). --lint also prints heuristic warnings (keyword seen but entity not labelled, or
the reverse) for a human to review; they are not errors.
"""
import json, re, sys, unicodedata
from collections import Counter
from pathlib import Path

INTENTS = ["greeting", "farewell", "affirm", "deny", "vehicle_search", "vehicle_details",
           "price_inquiry", "financing", "compare_vehicles", "schedule_appointment", "trade_in",
           "availability", "dealer_info", "warranty", "documents", "provide_contact",
           "human_agent", "complaint", "out_of_scope"]
ENUMS = {
    "body_type": {"suv", "sedan", "hatchback", "pickup", "minivan", "van", "coupe", "motorcycle"},
    "currency": {"DOP", "USD"},
    "transmission": {"automatic", "manual"},
    "fuel": {"gasoline", "diesel", "hybrid", "electric", "lpg"},
    "condition": {"new", "used"},
}
# The canonical makes of Sources/OKLANLU/VehicleCatalog+Listing.swift.
MAKES = {
    "Acura", "Alfa Romeo", "Aston Martin", "Audi", "BAIC", "BMW",
    "BYD", "Bajaj", "Benelli", "Bentley", "Bugatti", "Buick", "Cadillac", "Changan", "Chery",
    "Chevrolet", "Chrysler", "Citroën", "DFSK", "Daihatsu", "Dodge", "Dongfeng", "Ducati", "Exeed",
    "Ferrari", "Fiat", "Ford", "Foton", "GAC", "GMC", "Geely", "Genesis", "Great Wall",
    "Harley-Davidson", "Haval", "Honda", "Hongqi", "Hummer", "Hyundai", "Infiniti", "Isuzu", "JAC",
    "JMC", "Jaecoo", "Jaguar", "Jeep", "Jetour", "KTM", "Kawasaki", "Kia", "Kymco", "Lamborghini",
    "Land Rover", "Lexus", "Lincoln", "Lotus", "MG", "Mahindra", "Maserati", "Maxus", "Mazda",
    "McLaren", "Mercedes-Benz", "Mini", "Mitsubishi", "Nissan", "Omoda", "Opel", "Peugeot",
    "Polestar", "Porsche", "Proton", "RAM", "Renault", "Rivian", "Rolls-Royce", "Skoda",
    "SsangYong", "Subaru", "Suzuki", "TVS", "Tesla", "Toyota", "Vespa", "Volkswagen", "Volvo",
    "Yamaha", "Zeekr",
}
INT_KEYS = {"year_min", "year_max", "seats_min"}
NUM_KEYS = {"price_min", "price_max"}
STR_KEYS = {"make", "model"}
ALL_KEYS = set(ENUMS) | INT_KEYS | NUM_KEYS | STR_KEYS

LINT = [  # (regex on normalized text, entity key, expected value or None for "any")
    (r"\b(yipet|jeepet|jipet|suv|crossover)", "body_type", "suv"),
    (r"\b(camionet|pick ?ups?\b|pickup)", "body_type", "pickup"),
    (r"\b(sedan)", "body_type", "sedan"),
    (r"\b(motor(es|cito)?\b|pasolas?\b|motos?\b|motocicletas?\b)", "body_type", "motorcycle"),
    (r"\b(guagu|van\b)", "body_type", "van"),
    (r"\bautomatic", "transmission", "automatic"),
    (r"\b(mecanic|de cambios?\b|standard|manual)", "transmission", "manual"),
    (r"\b(diesel|disel)", "fuel", "diesel"),
    (r"\bgasolina", "fuel", "gasoline"),
    (r"\b(gas|glp)\b", "fuel", "lpg"),
    (r"\bhibrid", "fuel", "hybrid"),
    (r"\belectric", "fuel", "electric"),
    (r"\b(19[5-9]\d|20[0-3]\d)\b", "year_min|year_max", None),
    (r"\b(palos?|mil|millon|millones|k|m|dolares|usd|us)\b|\d[\d,.]{4,}", "price_min|price_max", None),
    (r"\b(nuev[oa]s?|0 ?km|0 millas|paquete)\b", "condition", "new"),
    (r"\b(usad|segunda|importad|de uso\b)", "condition", "used"),
    (r"\b(pasajeros|filas?|personas)\b", "seats_min", None),
]


def norm(text):
    t = unicodedata.normalize("NFKD", text.lower())
    t = "".join(c for c in t if not unicodedata.combining(c))
    t = re.sub(r"[^\w\s]", " ", t)
    t = re.sub(r"\s+", " ", t).strip()
    return t or text.strip()  # emoji-only messages compare as written


def check_row(row):
    errs = []
    if set(row) != {"text", "intent", "entities"}:
        errs.append(f"keys {sorted(row)}")
    if not isinstance(row.get("text"), str) or not row["text"].strip():
        errs.append("empty text")
    if row.get("intent") not in INTENTS:
        errs.append(f"unknown intent {row.get('intent')!r}")
    ents = row.get("entities")
    if not isinstance(ents, dict):
        return errs + ["entities not an object"]
    for k, v in ents.items():
        if k not in ALL_KEYS:
            errs.append(f"unknown entity {k}")
        elif v is None:
            errs.append(f"{k} is null (omit absent keys)")
        elif k in ENUMS and v not in ENUMS[k]:
            errs.append(f"{k}={v!r} not allowed")
        elif k in INT_KEYS and (not isinstance(v, int) or isinstance(v, bool)):
            errs.append(f"{k} must be an integer")
        elif k in NUM_KEYS and (not isinstance(v, (int, float)) or isinstance(v, bool) or v <= 0):
            errs.append(f"{k} must be a positive number")
        elif k in STR_KEYS and (not isinstance(v, str) or not v):
            errs.append(f"{k} must be a string")
    if ents.get("make") is not None and ents["make"] not in MAKES:
        errs.append(f"non-canonical make {ents['make']!r}")
    if "model" in ents and "make" not in ents:
        errs.append("model without make")
    for k in ("year_min", "year_max"):
        if isinstance(ents.get(k), int) and not 1950 <= ents[k] <= 2030:
            errs.append(f"{k} out of range")
    if "seats_min" in ents and isinstance(ents["seats_min"], int) and not 2 <= ents["seats_min"] <= 60:
        errs.append("seats_min out of range")
    for lo, hi in (("year_min", "year_max"), ("price_min", "price_max")):
        if isinstance(ents.get(lo), (int, float)) and isinstance(ents.get(hi), (int, float)) and ents[lo] > ents[hi]:
            errs.append(f"{lo} > {hi}")
    has_price = "price_min" in ents or "price_max" in ents
    if has_price != ("currency" in ents):
        errs.append("currency must be present exactly when a price is")
    return errs


def lint(row):
    t, ents, out = norm(row["text"]), row["entities"], []
    for rx, keys, val in LINT:
        hit = re.search(rx, t) is not None
        labelled = [k for k in keys.split("|") if k in ents]
        ok = bool(labelled) if val is None else any(ents.get(k) == val for k in keys.split("|"))
        if hit and not ok:
            out.append(f"text matches /{rx}/ but {keys}{'=' + val if val else ''} not labelled")
        if not hit and val is not None and any(ents.get(k) == val for k in keys.split("|")):
            out.append(f"{keys}={val} labelled without keyword /{rx}/")
    return out


def main(argv):
    do_lint = "--lint" in argv
    files = [a for a in argv if not a.startswith("--")]
    here = Path(__file__).resolve().parent
    files = [Path(f) for f in files] or [here / "train.jsonl", here / "test.jsonl"]
    seen, bad = {}, 0
    for f in files:
        counts, ent_count = Counter(), Counter()
        for n, line in enumerate(f.read_text(encoding="utf-8").splitlines(), 1):
            where = f"{f.name}:{n}"
            try:
                row = json.loads(line)
            except json.JSONDecodeError as e:
                print(f"ERROR {where}: invalid JSON ({e})"); bad += 1; continue
            if not isinstance(row, dict):
                print(f"ERROR {where}: not an object"); bad += 1; continue
            for e in check_row(row):
                print(f"ERROR {where}: {e}  | {row.get('text')!r}"); bad += 1
            key = norm(str(row.get("text", "")))
            if key in seen:
                print(f"ERROR {where}: duplicate of {seen[key]}  | {row.get('text')!r}"); bad += 1
            else:
                seen[key] = where
            counts[row.get("intent")] += 1
            ent_count.update(row.get("entities", {}).keys() if isinstance(row.get("entities"), dict) else [])
            if do_lint and isinstance(row.get("entities"), dict) and isinstance(row.get("text"), str):
                for w in lint(row):
                    print(f"lint {where} [{row['intent']}]: {w}  | {row['text']!r} {json.dumps(row['entities'], ensure_ascii=False)}")
        total = sum(counts.values())
        print(f"\n{f.name}: {total} lines")
        for intent in INTENTS:
            print(f"  {intent:22s} {counts[intent]:4d}  ({100 * counts[intent] / max(total, 1):4.1f}%)")
        print("  entity keys: " + ", ".join(f"{k}={v}" for k, v in ent_count.most_common()))
    print(f"\n{'FAIL' if bad else 'OK'}: {bad} error(s)")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
