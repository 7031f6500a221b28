"""The segmenter is shared by the request threads of a service worker: teaching it a new
speaker's name while other requests segment must neither fail nor disturb them."""

from __future__ import annotations

import threading

from conftest import SEED_PAGE
from newsarchive.pipeline import segment


def rare_words(count: int) -> list[str]:
    """New two-character words of rare characters (U+9F00…), absent from every test text."""
    return [chr(0x9F00 + i // 40) + chr(0x9F50 + i % 40) for i in range(count)]


def test_names_are_added_while_other_threads_segment() -> None:
    text = SEED_PAGE.read_text(encoding="utf-8")
    expected = segment.words(text)
    failures: list[BaseException] = []
    results: list[list[str]] = []
    stop = threading.Event()

    def segmenting() -> None:
        try:
            while not stop.is_set():
                results.append(segment.words(text))
                segment.search_tokens(text)
                segment.tag(text)
        except BaseException as error:  # reported by the main thread
            failures.append(error)

    threads = [threading.Thread(target=segmenting) for _ in range(4)]
    for thread in threads:
        thread.start()
    try:
        for word in rare_words(400):
            segment.add_user_words([word])
    finally:
        stop.set()
        for thread in threads:
            thread.join(timeout=60)

    assert failures == []
    assert results and all(result == expected for result in results)
    assert segment.words("".join(rare_words(2))) == rare_words(2)
