"""Score peacecond records against gold annotations (README "Evaluation"), with bootstrap intervals.

The definitions are those of the gold format's guide, so the figures agree with the reference scorer:
speakers one-to-one by surname; direct quotes of four or more words matched at 60% word overlap each
way, and their attribution; regions by canonical name or ISO 3166-2 code; conditions and rejections as
(type, holder party) pairs per article, micro-averaged, optional conditions neither rewarded nor
penalised. Each article is reduced to counts first, so a bootstrap resample is a sum of rows.
"""
from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

import numpy as np

from .errors import InputError
from .gold import read_gold_dir

MIN_QUOTE_WORDS = 4
QUOTE_OVERLAP = 0.6
RESAMPLES = 1000
SEED = 16
# Surname spellings that are one person (transliterations); the guide's own list.
NAME_ALIASES = {"zelenskyy": "zelensky", "zelenskiy": "zelensky", "peskow": "peskov"}
PRF_FIELDS = {"speakers": "sp", "direct_quotes": "q", "regions": "rg", "conditions": "c", "rejections": "j",
              "condition_types": "ty"}
ACCURACY_FIELDS = {"published": ("pub_ok", "pub_n"), "quote_attribution": ("att_ok", "att_n"),
                   "demand_holder": ("h_ok", "h_n")}
COUNTERS = tuple(f"{p}_{k}" for p in PRF_FIELDS.values() for k in ("tp", "fp", "fn")) + tuple(
    c for pair in ACCURACY_FIELDS.values() for c in pair) + ("rj_sum", "rj_n")


def fold(text: str | None) -> list[str]:
    """Words without case, accents or punctuation: how names and quotes are compared."""
    text = unicodedata.normalize("NFKD", text or "")
    text = "".join(c for c in text if not unicodedata.combining(c))
    return re.sub(r"[^\w\s]", " ", text.casefold()).split()


def same_person(a: str | None, b: str | None) -> bool:
    """Same person when the surnames agree (aliases folded) or one name's words are all in the other."""
    wa, wb = fold(a), fold(b)
    if not wa or not wb:
        return False
    last = lambda w: NAME_ALIASES.get(w[-1], w[-1])  # noqa: E731
    return last(wa) == last(wb) or set(wa) <= set(wb) or set(wb) <= set(wa)


def _overlap(a: Counter, b: Counter) -> float:
    common = sum((a & b).values())
    return min(common / max(1, sum(a.values())), common / max(1, sum(b.values())))


class RegionKeys:
    """Canonical region keys: a name, any variant the gazetteer knows, or an ISO 3166-2 code."""

    def __init__(self, patterns_dir=None):
        from .patterns import REGION_SPEC, read_jsonl, resolve_dir

        self.by_code, self.by_name = {}, {}
        for _, obj in read_jsonl(resolve_dir(patterns_dir) / "regions.jsonl", REGION_SPEC):
            canon = " ".join(fold(obj["id"]))
            if obj.get("members"):  # a group ("Donbas") is annotated as its members, not as itself
                continue
            if obj.get("code"):
                self.by_code[obj["code"].upper()] = canon
            for name in [obj["id"], *obj["variants"]]:
                self.by_name.setdefault(" ".join(fold(name)), canon)

    def __call__(self, name: str | None, code: str | None = None) -> str:
        key = " ".join(fold(name))
        if code and code.upper() in self.by_code:
            return self.by_code[code.upper()]
        return self.by_name.get(key, key)


def _party(actor) -> str | None:
    if isinstance(actor, dict):
        actor = actor.get("party")
    return (actor or "").upper() or None


def _pairs(items, stance=None, regions=None) -> dict:
    """(type, holder party) -> regions; predicted items of one stance (none given: a demand), or gold items."""
    out: dict = {}
    for c in items or []:
        if stance and (c.get("stance") or "demand") != stance:
            continue
        key = (c.get("type"), _party(c.get("by")))
        out.setdefault(key, set()).update(regions(r) for r in c.get("regions") or [])
    return out


@dataclass
class ArticleScore:
    stem: str
    counts: Counter = field(default_factory=Counter)
    missed: dict = field(default_factory=dict)  # field -> gold items not found
    added: dict = field(default_factory=dict)  # field -> predicted items not in the gold


def score_article(stem: str, record: dict, gold: dict, regions: RegionKeys) -> ArticleScore:
    """One article's counts and differences; an empty record when the predictions have none for it."""
    out = ArticleScore(stem)
    t = out.counts
    t["pub_n"] = 1
    t["pub_ok"] = int((record.get("published") or None) == (gold.get("published") or None))
    if not t["pub_ok"]:
        out.missed["published"], out.added["published"] = [gold.get("published")], [record.get("published")]

    said = [s["name"] if isinstance(s, dict) else s for s in record.get("speakers") or []]
    golds = list(gold.get("speakers") or [])
    left = list(golds)
    for name in said:  # greedy one-to-one, in the record's order
        hit = next((g for g in left if same_person(name, g)), None)
        if hit is not None:
            left.remove(hit)
            t["sp_tp"] += 1
    t["sp_fp"], t["sp_fn"] = len(said) - t["sp_tp"], len(left)
    out.missed["speakers"] = [g for g in golds if not any(same_person(g, s) for s in said)]
    out.added["speakers"] = [s for s in said if not any(same_person(g, s) for g in golds)]

    gq = [q for q in gold.get("direct_quotes") or [] if len(fold(q["text"])) >= MIN_QUOTE_WORDS]
    pq = [q for q in record.get("quotes") or []
          if q.get("kind", "direct") == "direct" and len(fold(q.get("text", ""))) >= MIN_QUOTE_WORDS]
    left, added = list(gq), []
    for q in pq:
        words = Counter(fold(q.get("text", "")))
        hit = next((g for g in left if _overlap(words, Counter(fold(g["text"]))) >= QUOTE_OVERLAP), None)
        if hit is None:
            added.append(q.get("text", ""))
            continue
        left.remove(hit)
        t["q_tp"] += 1
        if hit.get("speaker"):
            speaker = q.get("speaker")
            speaker = speaker.get("name") if isinstance(speaker, dict) else speaker
            t["att_n"] += 1
            t["att_ok"] += int(bool(speaker) and same_person(speaker, hit["speaker"]))
    t["q_fp"], t["q_fn"] = len(added), len(left)
    out.missed["direct_quotes"], out.added["direct_quotes"] = [g["text"] for g in left], added

    gr = {regions(x) for x in gold.get("regions") or []}
    pr = {regions(x.get("name", ""), x.get("code") or x.get("iso_code")) if isinstance(x, dict) else regions(x)
          for x in record.get("regions") or []}
    t["rg_tp"], t["rg_fp"], t["rg_fn"] = len(gr & pr), len(pr - gr), len(gr - pr)
    out.missed["regions"], out.added["regions"] = sorted(gr - pr), sorted(pr - gr)

    optional = _pairs(gold.get("optional_conditions"), regions=regions)
    gc = _pairs(gold.get("conditions"), regions=regions)
    pc = {k: v for k, v in _pairs(record.get("conditions"), "demand", regions).items()
          if k not in optional or k in gc}
    _count(out, "conditions", "c", gc, pc)
    for k in gc.keys() & pc.keys():
        if gc[k]:
            t["rj_n"] += 1
            t["rj_sum"] += len(gc[k] & pc[k]) / len(gc[k] | pc[k])
    # Where conditions are lost: the type found at all (any stance or holder), then a found demand's holder.
    gtypes = {k[0] for k in gc}
    known = gtypes | {k[0] for k in _pairs(gold.get("rejections"), regions=regions)} | {k[0] for k in optional}
    ptypes = {c.get("type") for c in record.get("conditions") or []}
    t["ty_tp"], t["ty_fn"], t["ty_fp"] = len(gtypes & ptypes), len(gtypes - ptypes), len(ptypes - known)
    for typ, by in gc:
        holders = {k[1] for k in pc if k[0] == typ}
        if holders:
            t["h_n"] += 1
            t["h_ok"] += int(by in holders)
    _count(out, "rejections", "j", _pairs(gold.get("rejections"), regions=regions),
           _pairs(record.get("conditions"), "reject", regions))
    return out


def _count(out: ArticleScore, name: str, prefix: str, gold: dict, pred: dict) -> None:
    t = out.counts
    t[f"{prefix}_tp"], t[f"{prefix}_fp"] = len(gold.keys() & pred.keys()), len(pred.keys() - gold.keys())
    t[f"{prefix}_fn"] = len(gold.keys() - pred.keys())
    show = lambda keys: sorted(f"{typ}/{by}" for typ, by in keys)  # noqa: E731
    out.missed[name], out.added[name] = show(gold.keys() - pred.keys()), show(pred.keys() - gold.keys())


def _prf(tp, fp, fn):
    """Precision, recall, F1 (arrays or numbers); nothing predicted and nothing to find is perfect."""
    tp, fp, fn = (np.asarray(x, dtype=float) for x in (tp, fp, fn))
    with np.errstate(invalid="ignore", divide="ignore"):
        p = np.where(tp + fp > 0, tp / np.maximum(tp + fp, 1), np.where(fn > 0, 0.0, 1.0))
        r = np.where(tp + fn > 0, tp / np.maximum(tp + fn, 1), 1.0)
        f = np.where(p + r > 0, 2 * p * r / np.where(p + r > 0, p + r, 1), 0.0)
    return p, r, f


def _ratio(ok, n):
    ok, n = np.asarray(ok, dtype=float), np.asarray(n, dtype=float)
    return np.where(n > 0, ok / np.maximum(n, 1), np.nan)


def _interval(values, point: float) -> list[float] | None:
    if values is None:  # no resamples asked for: no interval (not one as wide as the point)
        return None
    values = values[~np.isnan(values)]
    if not len(values):
        return [point, point]
    lo, hi = np.percentile(values, [2.5, 97.5])
    return [round(float(lo), 3), round(float(hi), 3)]


def summarize(articles: list[ArticleScore], *, resamples: int = RESAMPLES, seed: int = SEED) -> dict:
    """Micro-averaged figures of the whole set, each with a 95% percentile-bootstrap interval over articles."""
    rows = np.array([[a.counts[c] for c in COUNTERS] for a in articles], dtype=float).reshape(len(articles),
                                                                                            len(COUNTERS))
    col = {c: i for i, c in enumerate(COUNTERS)}
    total = rows.sum(axis=0)
    if len(articles) and resamples:
        picks = np.random.default_rng(seed).integers(0, len(articles), size=(resamples, len(articles)))
        sums = rows[picks].sum(axis=1)
    else:
        sums = np.zeros((0, len(COUNTERS)))
    bootstrap = bool(resamples)
    out: dict = {}
    for name, prefix in PRF_FIELDS.items():
        tp, fp, fn = (total[col[f"{prefix}_{k}"]] for k in ("tp", "fp", "fn"))
        p, r, f = (round(float(x), 3) for x in _prf(tp, fp, fn))
        boot = _prf(*(sums[:, col[f"{prefix}_{k}"]] for k in ("tp", "fp", "fn")))[2]
        out[name] = {"p": p, "r": r, "f1": f, "ci": _interval(boot if bootstrap else None, f), "tp": int(tp), "fp": int(fp), "fn": int(fn)}
    for name, (ok, n) in ACCURACY_FIELDS.items():
        point = total[col[ok]] / total[col[n]] if total[col[n]] else 0.0
        point = round(float(point), 3)
        boot = _ratio(sums[:, col[ok]], sums[:, col[n]])
        out[name] = {"accuracy": point, "ci": _interval(boot if bootstrap else None, point), "n": int(total[col[n]])}
    jn = total[col["rj_n"]]
    out["condition_region_jaccard"] = round(float(total[col["rj_sum"]] / jn), 3) if jn else 0.0
    return out


def record_keys(record: dict) -> list[str]:
    """The gold stems a record may stand for: its dump id (and the id's last path part), else its file's stem."""
    src = record.get("source") or record.get("path") or ""
    if not isinstance(src, dict):
        return [Path(str(src)).stem]
    ident = src.get("id")
    if src.get("line") is not None and ident:
        ident = str(ident)
        tail = PurePosixPath(ident.split("?")[0].rstrip("/")).stem
        return [ident] if tail == ident else [ident, tail]
    return [Path(src.get("path") or "").stem]


# The record fields the scorer reads, each a list of objects (a speaker may also be a bare name).
LIST_OF_OBJECTS = ("quotes", "regions", "conditions")


def record_problem(rec) -> str | None:
    """What makes a line unusable as a record (a jq edit gone wrong), or None."""
    if not isinstance(rec, dict):
        return "not a JSON object (one peacecond record a line)"
    for key in LIST_OF_OBJECTS + ("speakers",):
        items = rec.get(key)
        if items is None:
            continue
        if not isinstance(items, list) or not all(isinstance(x, dict) or (key == "speakers" and isinstance(x, str))
                                                  for x in items):
            return f"\"{key}\" must be a list of objects, as peacecond writes it"
    for c in rec.get("conditions") or []:
        if not isinstance(c.get("by") or {}, dict) or not isinstance(c.get("regions") or [], list):
            return "a condition's \"by\" must be an object and its \"regions\" a list"
    if not isinstance(rec.get("source") or {}, dict):
        return "\"source\" must be an object"
    return None


def read_predictions(path: str | Path, errors: list) -> tuple[dict, list[str]]:
    """Records by key (the last of a key wins), and notes on keys several records share.

    A line that is not a JSON object is an InputError in `errors`; the others are read.
    """
    records, seen, notes = {}, Counter(), []
    name = str(path)
    try:
        fh = open(path, encoding="utf-8-sig")
    except OSError as err:
        raise InputError(name, f"cannot read ({err.strerror or err})") from None
    with fh:
        try:
            for n, line in enumerate(fh, 1):
                if not line.strip():
                    continue
                try:
                    rec = json.loads(line)
                except json.JSONDecodeError as err:
                    errors.append(InputError(name, f"not a JSON record ({err.msg})", n))
                    continue
                except (ValueError, RecursionError) as err:  # an integer past Python's digit limit; deep nesting
                    errors.append(InputError(name, "not a JSON record (" + (
                        "nested too deeply" if isinstance(err, RecursionError) else str(err).split(";")[0]) + ")", n))
                    continue
                problem = record_problem(rec)
                if problem:
                    errors.append(InputError(name, problem, n))
                    continue
                for key in record_keys(rec):
                    seen[key] += 1
                    records[key] = rec
        except UnicodeDecodeError as err:
            raise InputError(name, f"not UTF-8 text ({err.reason})") from None
    notes = [f"{name}: {n} records stand for {key!r}; the last is scored" for key, n in sorted(seen.items())
             if n > 1]
    return records, notes


@dataclass
class Evaluation:
    scores: dict
    articles: list[ArticleScore]
    missing_records: list[str]
    errors: list  # InputError / GoldError: inputs left out, the rest scored
    notes: list[str]

    def as_dict(self, *, per_article: bool = False) -> dict:
        out = {"articles": len(self.articles), "missing_records": self.missing_records, **self.scores}
        if per_article:
            out["per_article"] = {a.stem: {"missed": a.missed, "added": a.added} for a in self.articles}
        return out


def evaluate(predictions: str | Path, gold_dir: str | Path, *, resamples: int = RESAMPLES, seed: int = SEED,
             patterns_dir=None) -> Evaluation:
    """Score a JSON Lines file of records against a folder of gold files.

    Raises GoldError / InputError when there is nothing to score (no gold folder, unreadable predictions);
    a malformed gold file or record line is left out and listed in `errors`.
    """
    gold, errors = read_gold_dir(gold_dir)
    records, notes = read_predictions(predictions, errors)
    regions = RegionKeys(patterns_dir)
    articles = [score_article(stem, records.get(stem, {}), g, regions) for stem, g in gold.items()]
    missing = [stem for stem in gold if stem not in records]
    return Evaluation(summarize(articles, resamples=resamples, seed=seed), articles, missing, errors, notes)


def format_report(result: Evaluation, *, articles: bool = False, resamples: int = RESAMPLES,
                  seed: int = SEED) -> str:
    """The scores as a plain-text table (and, with `articles`, each article's misses and additions)."""
    s = result.scores
    # --resamples 0: no interval column and no bootstrap line (an interval as wide as the point says nothing)
    ci = (lambda c: f"[{c[0]:.3f}, {c[1]:.3f}]") if resamples else (lambda c: "")  # noqa: E731
    head = f"articles: {len(result.articles)}  missing records: {len(result.missing_records)}"
    lines = [head + (f"  intervals: 95% bootstrap over articles ({resamples} resamples, seed {seed})"
                     if resamples else ""),
             f"{'field':<24}{'P':>6}{'R':>7}{'F1':>7}  " + (f"{'95% CI':<15}" if resamples else "")
             + f"{'tp':>5}{'fp':>5}{'fn':>5}"]
    for name in ("speakers", "direct_quotes", "regions", "conditions", "rejections"):
        f = s[name]
        lines.append(f"{name:<24}{f['p']:>6.3f}{f['r']:>7.3f}{f['f1']:>7.3f}  "
                     f"{ci(f['ci'])}{f['tp']:>5}{f['fp']:>5}{f['fn']:>5}")
    for name, label in (("published", "published date accuracy"), ("quote_attribution", "quote attribution")):
        a = s[name]
        lines.append(f"{label:<24}{'':>13}{a['accuracy']:>7.3f}  " + (f"{ci(a['ci'])}  " if resamples else "")
                     + f"of {a['n']}")
    ty = s["condition_types"]
    lines.append(f"condition region jaccard: {s['condition_region_jaccard']}")
    lines.append(f"where conditions are lost: type found at all (any stance or holder) P {ty['p']:.3f} "
                 f"R {ty['r']:.3f}; holder right when the type is found as a demand: {s['demand_holder']['accuracy']}")
    if articles:
        for a in result.articles:
            rows = []
            for name in ("published", "speakers", "direct_quotes", "regions", "conditions", "rejections"):
                miss, add = a.missed.get(name) or [], a.added.get(name) or []
                if miss or add:
                    show = lambda x: _short(x) if name == "direct_quotes" else str(x)  # noqa: E731
                    rows.append(f"  {name}: " + " ".join([f"-{show(x)}" for x in miss] + [f"+{show(x)}" for x in add]))
            if rows:
                lines.append(a.stem + (" (no record)" if a.stem in result.missing_records else ""))
                lines.extend(rows)
    return "\n".join(lines) + "\n"


def _short(text: str, n: int = 6) -> str:
    words = (text or "").split()
    return json.dumps(" ".join(words[:n]) + (" ..." if len(words) > n else ""), ensure_ascii=False)
