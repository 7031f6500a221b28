"""pipeline/language.py: zh (hans / hant) / en / other, decided on the body."""

from __future__ import annotations

import pytest

from newsarchive.pipeline.language import detect, script_of

HANS = "全国政协委员、广西重大战略决策咨询委员会首席专家连玉明认为，技术集成是首要环节。"
HANT = "全國政協委員、廣西重大戰略決策諮詢委員會首席專家連玉明認為，技術集成是首要環節。"
EN = "Oil prices fell sharply on Tuesday on oversupply concerns, while a gauge of stocks was flat."


def test_simplified_chinese() -> None:
    assert detect(HANS) == ("zh", "hans")


def test_traditional_chinese() -> None:
    assert detect(HANT) == ("zh", "hant")
    assert script_of("義大利公開賽茲韋列夫封王，這是他第二次奪得這項賽事的冠軍。") == "hant"


def test_english() -> None:
    assert detect(EN) == ("en", None)


def test_chinese_body_with_some_english_is_chinese() -> None:
    assert detect(HANS + " AI ASEAN GDP China Daily " + HANS)[0] == "zh"


def test_english_body_quoting_a_chinese_name_is_english() -> None:
    assert detect(EN + " The ministry (商务部) said the talks would go on. " + EN)[0] == "en"


@pytest.mark.parametrize(
    "text",
    [
        "東京都は11日、新型コロナウイルスの感染者が新たに確認されたと発表した。",
        "서울시는 11일 새로운 정책을 발표했다고 밝혔다. 시민들은 환영했다.",
        "Diyanet, karalamalara rağmen din adamlarına güven oranını açıkladı ve rapor yayımladı.",
        "Поезд прибыл в Москву утром, и пассажиры вышли на платформу.",
        "",
        "12345 67890",
    ],
)
def test_other_languages(text: str) -> None:
    assert detect(text) == ("other", None)
