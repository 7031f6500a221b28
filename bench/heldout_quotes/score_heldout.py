"""Score the project's quote extractor on the held-out quote set (bench/heldout_quotes).

Runs `analyze(Page(bytes, "text"))` over texts/{zh,en}/*.txt, writes the predictions in the
scorer's format ({"doc","speaker","speaker_titles","quote","direct","cue"}), then runs the
development set's scorer (shared/eval/quotes/score.py, used in place: it takes --gold and
--texts) with this set's gold and texts, lenient and --strict.

Usage (from the repository root, with the project's venv):
    python bench/heldout_quotes/score_heldout.py [--gold gold.jsonl|gold_core.jsonl]
                                                 [--out FILE] [--errors]
--errors lists the unmatched gold quotes (false negatives) and unmatched predictions (false
positives), using the scorer's own matching (greedy, Jaccard >= 0.5, lenient speakers).
The shared folder is `../shared` beside the repository, or $NEWSARCHIVE_SHARED.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

from newsarchive.pipeline.analyze import analyze
from newsarchive.pipeline.model import AnalysisError, Page

HERE = Path(__file__).resolve().parent


def shared_dir() -> Path:
    env = os.environ.get("NEWSARCHIVE_SHARED")
    return Path(env) if env else Path(__file__).resolve().parents[3] / "shared"


def predict(texts_dir: Path) -> list[dict[str, object]]:
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


def list_errors(scorer: Path, gold_path: Path, pred_path: Path) -> None:
    spec = importlib.util.spec_from_file_location("dev_score", scorer)
    assert spec and spec.loader
    sc = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(sc)
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
                    f"FN {d} [{g['speaker']}] ({'D' if g.get('direct') else 'I'}) {g['quote'][:110]}"
                )
        for j, p in enumerate(P):
            if j not in mp:
                best = max(
                    ((sc.jaccard(g["quote"], p["quote"]), g["speaker"]) for g in G),
                    default=(0.0, ""),
                )
                print(
                    f"FP {d} [{p['speaker']}] ({'D' if p.get('direct') else 'I'}) "
                    f"{p['quote'][:110]}   (best gold jaccard {best[0]:.2f} [{best[1]}])"
                )


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--gold", default="gold.jsonl", help="gold file in this folder (or a path)")
    ap.add_argument("--out", help="write predictions here (default: a temporary file)")
    ap.add_argument("--errors", action="store_true", help="list false negatives / positives")
    a = ap.parse_args()

    scorer = shared_dir() / "eval" / "quotes" / "score.py"
    gold = Path(a.gold) if os.sep in a.gold else HERE / a.gold
    texts = HERE / "texts"
    rows = predict(texts)
    out = Path(a.out) if a.out else Path(tempfile.mkstemp(suffix=".jsonl")[1])
    with out.open("w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"predictions: {len(rows)} quotes -> {out}\ngold: {gold}")
    for extra in ([], ["--strict"]):
        print(f"\n== score.py {' '.join(extra) or '(lenient speakers)'}")
        sys.stdout.flush()
        subprocess.run(
            [
                sys.executable,
                str(scorer),
                str(out),
                "--gold",
                str(gold),
                "--texts",
                str(texts),
                *extra,
            ],
            check=True,
        )
    if a.errors:
        print("\n== unmatched (lenient speakers, Jaccard >= 0.5)")
        sys.stdout.flush()
        list_errors(scorer, gold, out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
