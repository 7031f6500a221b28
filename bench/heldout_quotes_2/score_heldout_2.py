"""Score the project's quote extractor on the second held-out quote set (bench/heldout_quotes_2).

Same procedure as bench/heldout_quotes/score_heldout.py (which has this set's folder built in):
runs `analyze(Page(bytes, "text"))` over texts/{zh,en}/*.txt, writes the predictions in the
scorer's format ({"doc","speaker","speaker_titles","quote","direct","cue"}), then runs the
development set's scorer (shared/eval/quotes/score.py, used in place with --gold and --texts)
with this set's gold and texts: lenient speakers, --strict, and lenient on gold_core.jsonl
(gold.jsonl without the judgement calls listed in judgement_calls.jsonl), and a "neutral"
core-only figure in which predictions matching a judgement call are dropped rather than
counted as false positives.

Usage (from the repository root, with the project's venv):
    python bench/heldout_quotes_2/score_heldout_2.py [--out FILE] [--errors] [--bootstrap N]
    python bench/heldout_quotes_2/score_heldout_2.py --pred FILE   # score an existing file
--errors lists unmatched gold quotes (FN) and unmatched predictions (FP) with the scorer's own
matching (greedy, Jaccard >= 0.5, lenient speakers), on gold.jsonl.
--bootstrap N adds a document-bootstrap 95% interval for quote F1 (all docs, gold.jsonl).
The shared folder is `../shared` beside the repository, or $NEWSARCHIVE_SHARED.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import random
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent


def shared_dir() -> Path:
    env = os.environ.get("NEWSARCHIVE_SHARED")
    return Path(env) if env else Path(__file__).resolve().parents[3] / "shared"


def predict(texts_dir: Path) -> list[dict[str, object]]:
    from newsarchive.pipeline.analyze import analyze
    from newsarchive.pipeline.model import AnalysisError, Page

    rows: list[dict[str, object]] = []
    for lang in ("zh", "en"):
        for path in sorted((texts_dir / lang).glob("*.txt")):
            doc = f"{lang}/{path.stem}"
            try:
                analysis = analyze(Page(path.read_bytes(), "text"))
            except AnalysisError as exc:
                print(f"{doc}: {exc}", file=sys.stderr)
                continue
            for q in analysis.quotes:
                rows.append(
                    {
                        "doc": doc,
                        "speaker": q.speaker,
                        "speaker_titles": list(q.speaker_titles),
                        "quote": q.text,
                        "direct": q.direct,
                        "cue": q.cue,
                    }
                )
    return rows


def load_scorer(scorer: Path):
    spec = importlib.util.spec_from_file_location("dev_score", scorer)
    assert spec and spec.loader
    sc = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(sc)
    return sc


def list_errors(sc, gold_path: Path, pred_path: Path) -> None:
    gold = sc.dedupe(sc.load(str(gold_path)))
    pred = sc.dedupe(sc.load(str(pred_path)))
    gd: dict[str, list[dict]] = defaultdict(list)
    pd: dict[str, list[dict]] = defaultdict(list)
    for r in gold:
        gd[r["doc"]].append(r)
    for r in pred:
        pd[r["doc"]].append(r)
    for d in sorted(set(gd) | set(pd)):
        G, P = gd.get(d, []), pd.get(d, [])
        pairs = [
            (sc.jaccard(g["quote"], p["quote"]), i, j)
            for i, g in enumerate(G)
            for j, p in enumerate(P)
            if sc.jaccard(g["quote"], p["quote"]) >= 0.5
            and sc.speakers_equiv(g["speaker"], p["speaker"])
        ]
        m = sc.greedy(pairs)
        mg, mp = {i for i, _ in m}, {j for _, j in m}
        for i, g in enumerate(G):
            if i not in mg:
                print(
                    f"FN {d} [{g['speaker']}] ({'D' if g.get('direct') else 'I'}) {g['quote'][:110]!r}"
                )
        for j, p in enumerate(P):
            if j not in mp:
                best = max(
                    ((sc.jaccard(g["quote"], p["quote"]), g["speaker"]) for g in G),
                    default=(0.0, ""),
                )
                print(
                    f"FP {d} [{p['speaker']}] ({'D' if p.get('direct') else 'I'}) "
                    f"{p['quote'][:110]!r}   (best gold jaccard {best[0]:.2f} [{best[1]}])"
                )


def bootstrap(sc, gold_path: Path, pred_path: Path, texts: Path, n: int, seed: int = 0) -> None:
    gold = sc.dedupe(sc.load(str(gold_path)))
    pred = sc.dedupe(sc.load(str(pred_path)))
    docs = sorted(f"{L}/{p.stem}" for L in ("zh", "en") for p in (texts / L).glob("*.txt"))
    per_doc = {}
    for d in docs:
        r = sc.evaluate([g for g in gold if g["doc"] == d], [p for p in pred if p["doc"] == d])
        q = r["quotes"]
        per_doc[d] = (q["tp"], q["pred"], q["gold"])
    rng = random.Random(seed)
    f1s = []
    for _ in range(n):
        s = [per_doc[rng.choice(docs)] for _ in docs]
        tp, np_, ng = (sum(x[k] for x in s) for k in range(3))
        f1s.append(sc.prf(tp, np_, ng)[2])
    f1s.sort()
    print(
        f"document bootstrap ({n}x): quote F1 95% interval "
        f"{f1s[int(0.025 * n)]:.3f}-{f1s[int(0.975 * n) - 1]:.3f}"
    )


def core_neutral(sc, core_path: Path, judg_path: Path, pred_path: Path) -> None:
    """Core-only, neutral: gold without judgement calls, and predictions that match a
    judgement-call record (Jaccard >= 0.5, equivalent speaker) are dropped instead of being
    counted as false positives."""
    core = sc.dedupe(sc.load(str(core_path)))
    judg = sc.dedupe(sc.load(str(judg_path)))
    pred = sc.dedupe(sc.load(str(pred_path)))
    keep = []
    for d in sorted({p["doc"] for p in pred}):
        P = [p for p in pred if p["doc"] == d]
        Jd = [g for g in judg if g["doc"] == d]
        pairs = [
            (sc.jaccard(g["quote"], p["quote"]), i, j)
            for i, g in enumerate(Jd)
            for j, p in enumerate(P)
            if sc.jaccard(g["quote"], p["quote"]) >= 0.5
            and sc.speakers_equiv(g["speaker"], p["speaker"])
        ]
        drop = {j for _, j in sc.greedy(pairs)}
        keep += [p for j, p in enumerate(P) if j not in drop]
    print(f"dropped {len(pred) - len(keep)} predictions matching judgement calls")
    for L in ("all", "zh", "en"):
        g = [r for r in core if L == "all" or r["doc"].startswith(L + "/")]
        p = [r for r in keep if L == "all" or r["doc"].startswith(L + "/")]
        r = sc.evaluate(g, p)
        q, s_ = r["quotes"], r["speakers"]
        print(
            f"{L:4} quotes P {q['P']:.3f} R {q['R']:.3f} F1 {q['F1']:.3f} ({q['tp']}/{q['pred']}/{q['gold']})"
            f"   speakers F1 {s_['F1']:.3f}"
        )


def run(folder: Path, description: str, argv: list[str] | None = None) -> int:
    """Predict (or take --pred) and score against the held-out set in `folder` (its texts/,
    gold.jsonl, gold_core.jsonl and judgement_calls.jsonl); shared by the later sets' scorers."""
    ap = argparse.ArgumentParser(description=description)
    ap.add_argument("--pred", help="score this predictions file instead of running analyze")
    ap.add_argument("--out", help="write predictions here (default: a temporary file)")
    ap.add_argument("--errors", action="store_true", help="list false negatives / positives")
    ap.add_argument("--bootstrap", type=int, default=0, help="document-bootstrap replicates")
    a = ap.parse_args(argv)

    scorer = shared_dir() / "eval" / "quotes" / "score.py"
    texts = folder / "texts"
    gold, core = folder / "gold.jsonl", folder / "gold_core.jsonl"
    if a.pred:
        out = Path(a.pred)
    else:
        rows = predict(texts)
        out = Path(a.out) if a.out else Path(tempfile.mkstemp(suffix=".jsonl")[1])
        with out.open("w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        print(f"predictions: {len(rows)} quotes -> {out}")
    for g, extra, label in (
        (gold, [], "gold.jsonl, lenient speakers (default)"),
        (gold, ["--strict"], "gold.jsonl, --strict"),
        (core, [], "gold_core.jsonl (judgement calls removed), lenient"),
    ):
        print(f"\n== score.py: {label}")
        sys.stdout.flush()
        subprocess.run(
            [
                sys.executable,
                str(scorer),
                str(out),
                "--gold",
                str(g),
                "--texts",
                str(texts),
                *extra,
            ],
            check=True,
        )
    sc = load_scorer(scorer)
    print("\n== core-only, neutral (judgement-call matches neither TP nor FP)")
    core_neutral(sc, core, folder / "judgement_calls.jsonl", out)
    if a.bootstrap:
        print()
        bootstrap(sc, gold, out, texts, a.bootstrap)
    if a.errors:
        print("\n== unmatched on gold.jsonl (lenient speakers, Jaccard >= 0.5)")
        sys.stdout.flush()
        list_errors(sc, gold, out)
    return 0


def main() -> int:
    return run(HERE, __doc__.split("\n")[0])


if __name__ == "__main__":
    raise SystemExit(main())
