"""Score the project's quote extractor on the fourth held-out quote set (bench/heldout_quotes_4).

Same procedure and output as bench/heldout_quotes_2/score_heldout_2.py, whose `run` it calls
with this folder: runs `analyze(Page(bytes, "text"))` over texts/{zh,en}/*.txt, writes the
predictions in the scorer's format, then runs the development set's scorer
(shared/eval/quotes/score.py, in place, with --gold and --texts; it reports all, zh and en) on
gold.jsonl with lenient speakers and with --strict, and on gold_core.jsonl (judgement calls
removed; predictions matching them count as false positives), and prints a "neutral" core-only
figure in which predictions matching a judgement call are dropped instead.

Usage (from the repository root, with the project's venv):
    python bench/heldout_quotes_4/score_heldout_4.py [--out FILE] [--errors] [--bootstrap N]
    python bench/heldout_quotes_4/score_heldout_4.py --pred FILE   # score an existing file
The shared folder is `../shared` beside the repository, or $NEWSARCHIVE_SHARED.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

HERE = Path(__file__).resolve().parent
SET2_SCORER = HERE.parent / "heldout_quotes_2" / "score_heldout_2.py"


def main() -> int:
    spec = importlib.util.spec_from_file_location("score_heldout_2", SET2_SCORER)
    assert spec and spec.loader
    set2 = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(set2)
    return int(set2.run(HERE, __doc__.split("\n")[0]))


if __name__ == "__main__":
    raise SystemExit(main())
