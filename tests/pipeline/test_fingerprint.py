"""Near-duplicate fingerprints: copies of one story are close, different stories are not."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from conftest import REPO, SEED_PAGE
from newsarchive.pipeline import fingerprint
from newsarchive.pipeline.analyze import analyze
from newsarchive.pipeline.model import Page

# Real zh and en news bodies kept in the repository (the held-out quote sets): different
# stories from many sources, so the test runs wherever the repository is cloned.
STORY_TEXTS = sorted(REPO.glob("bench/heldout_quotes*/texts/*/*.txt"))


def repost(seed: str) -> str:
    """The seed story as another portal shows it: its own header, two edits, a teaser list."""
    body = "\n".join(seed.splitlines()[5:])
    body = body.replace("广西最大的机遇", "广西当前最大的机遇").replace("近7亿人口", "约7亿人口")
    return (
        "中国与东盟如何共拓“人工智能+”新蓝海？_新浪新闻\n新浪财经\n2026年03月11日 20:15\n\n"
        f"{body}\n\n相关新闻\n国务院常务会议部署推进人工智能发展...\n东盟经贸合作再上新台阶...\n"
    )


def text_fingerprint(text: str) -> int | None:
    return analyze(Page(content=text.encode("utf-8"), kind="text")).fingerprint


def test_analysis_fingerprints_the_body_as_a_signed_64_bit_value() -> None:
    value = text_fingerprint(SEED_PAGE.read_text(encoding="utf-8"))

    assert value is not None
    assert -(2**63) <= value < 2**63
    assert value == text_fingerprint(SEED_PAGE.read_text(encoding="utf-8"))


def test_a_repost_with_other_header_edits_and_teasers_is_the_same_story() -> None:
    seed = SEED_PAGE.read_text(encoding="utf-8")

    original, copy = text_fingerprint(seed), text_fingerprint(repost(seed))

    assert original is not None and copy is not None
    assert original != copy
    assert fingerprint.same_story(original, copy)


def test_different_stories_are_far_apart() -> None:
    texts = [SEED_PAGE, *STORY_TEXTS]
    values: dict[str, int] = {}
    for path in texts:
        value = text_fingerprint(path.read_text(encoding="utf-8"))
        body = analyze(Page(content=path.read_bytes(), kind="text")).body
        if value is not None:
            values.setdefault(body, value)
    assert len(values) >= 60

    found = list(values.values())
    close = [
        (a, b) for i, a in enumerate(found) for b in found[i + 1 :] if fingerprint.same_story(a, b)
    ]
    assert close == []


def test_english_words_are_case_folded_and_punctuation_dropped() -> None:
    sentence = "Trade ministers agreed on Tuesday to build a shared network of data centres. "
    text = sentence * 3 + "Officials said the plan will be reviewed in October."

    assert fingerprint.simhash(fingerprint.words_of(text)) == fingerprint.simhash(
        fingerprint.words_of(text.upper().replace(".", " ;"))
    )


def test_too_short_a_body_has_no_fingerprint() -> None:
    assert fingerprint.simhash(fingerprint.words_of("Markets closed higher.")) is None
    assert fingerprint.simhash([]) is None


def test_same_story_needs_two_fingerprints() -> None:
    assert not fingerprint.same_story(None, 5)
    assert not fingerprint.same_story(5, None)
    assert fingerprint.same_story(5, 5)


@given(
    st.integers(min_value=-(2**63), max_value=2**63 - 1), st.sets(st.integers(0, 63), max_size=3)
)
def test_fingerprints_within_three_bits_share_a_band(value: int, flipped: set[int]) -> None:
    other = fingerprint.to_signed(fingerprint.to_unsigned(value) ^ sum(1 << bit for bit in flipped))

    assert fingerprint.distance(value, other) == len(flipped)
    assert any(
        a == b for a, b in zip(fingerprint.bands(value), fingerprint.bands(other), strict=True)
    )
    assert all(0 <= band < 2**16 for band in fingerprint.bands(other))


@given(st.integers(min_value=0, max_value=2**64 - 1))
def test_signed_and_unsigned_round_trip(value: int) -> None:
    signed = fingerprint.to_signed(value)

    assert -(2**63) <= signed < 2**63
    assert fingerprint.to_unsigned(signed) == value
