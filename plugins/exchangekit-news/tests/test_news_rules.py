"""The rules one phrasing at a time: directions, series, repetition, attribution, distractors."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

from exchangekit import (
    CasualtyCategory,
    ClaimMethod,
    Count,
    ExchangeKind,
    Period,
    PersonCategory,
)
from exchangekit.errors import RecordSkipped

News = Callable[..., Any]


def test_news_swap_each_gives_both_directions(
    exchange_legs: Callable[..., Any], news: News
) -> None:
    read = news("Russia and Ukraine swapped 84 prisoners each on Thursday, officials said.")
    (exchange,) = read.exchanges
    assert exchange.kind is ExchangeKind.PRISONER_SWAP
    assert exchange.period == Period.day(date(2025, 10, 23))
    assert exchange_legs(exchange) == {
        ("RUS", "UKR", PersonCategory.PRISONERS_OF_WAR): Count.exact(84),
        ("UKR", "RUS", PersonCategory.PRISONERS_OF_WAR): Count.exact(84),
    }


def test_news_kyiv_announces_moscow_confirms_in_other_paragraphs(
    exchange_legs: Callable[..., Any], news: News
) -> None:
    text = (
        "Ukraine received the bodies of 909 soldiers from Russia on Tuesday, Kyiv said.\n\n"
        "Officials said identification would take months.\n\n"
        "Russia's defence ministry said Moscow had received the bodies of 43 of its soldiers."
    )
    (exchange,) = news(text).exchanges
    assert exchange.period == Period.day(date(2025, 10, 21))
    assert exchange_legs(exchange) == {
        ("RUS", "UKR", PersonCategory.REMAINS): Count.exact(909),
        ("UKR", "RUS", PersonCategory.REMAINS): Count.exact(43),
    }
    said = {t.receiver.code: t.attributed_to.name for t in exchange.transfers if t.attributed_to}
    assert said == {"UKR": "Ukrainian government", "RUS": "Russian Ministry of Defence"}
    assert len(exchange.quotes) == 2


def test_news_the_same_sentence_twice_is_one_record_with_both_quotes(news: News) -> None:
    sentence = "Russia handed over 212 bodies to Ukraine on Friday, the Red Cross said."
    read = news(f"{sentence}\n\n{sentence}")
    (exchange,) = read.exchanges
    assert len(exchange.transfers) == 1
    assert [q.start for q in exchange.quotes] == [0, len(sentence) + 2]


def test_news_the_same_claim_told_twice_is_one_claim(news: News) -> None:
    text = (
        "Zelensky said in February that 46,000 Ukrainian soldiers had been killed.\n\n"
        "In February, Zelensky said that 46,000 Ukrainian soldiers had been killed."
    )
    (claim,) = news(text).claims
    assert claim.count == Count.exact(46000)
    assert len(claim.quotes) == 2


def test_news_series_of_months_is_one_exchange_each(news: News) -> None:
    text = "In July, August and September, Russia returned about 1,000 bodies to Ukraine each time."
    periods = [e.period for e in news(text).exchanges]
    assert periods == [Period.month(2025, 7), Period.month(2025, 8), Period.month(2025, 9)]


def test_news_last_month_resolves_against_publication(news: News) -> None:
    text = "Last month Russia returned 500 bodies to Ukraine, officials said."
    (exchange,) = news(text, published=date(2025, 1, 8)).exchanges
    assert exchange.period == Period.month(2024, 12)


def test_news_in_exchange_for_names_the_other_direction(
    exchange_legs: Callable[..., Any], news: News
) -> None:
    text = "Russia freed 215 Ukrainian fighters on Wednesday in exchange for 55 Russians."
    (exchange,) = news(text, published=date(2022, 9, 22)).exchanges
    assert exchange_legs(exchange) == {
        ("RUS", "UKR", PersonCategory.PRISONERS_OF_WAR): Count.exact(215),
        # "55 Russians" names no kind: `other`, as the coding conventions say
        ("UKR", "RUS", PersonCategory.OTHER): Count.exact(55),
    }


def test_news_children_returned_with_qatari_mediation(
    exchange_legs: Callable[..., Any], news: News
) -> None:
    text = "Seven Ukrainian children were returned to Ukraine on Monday after mediation by Qatar."
    (exchange,) = news(text).exchanges
    assert exchange.kind is ExchangeKind.CHILD_RETURN
    assert [p.code for p in exchange.intermediaries] == ["QAT"]
    assert exchange_legs(exchange) == {("RUS", "UKR", PersonCategory.CHILDREN): Count.exact(7)}


def test_news_mediator_is_never_a_side(news: News) -> None:
    text = (
        "Ukraine and Russia exchanged 103 prisoners of war apiece on Saturday, mediated by the UAE."
    )
    (exchange,) = news(text).exchanges
    assert exchange.parties == frozenset({"UKR", "RUS"})
    assert [p.code for p in exchange.intermediaries] == ["UAE"]


@pytest.mark.parametrize(
    "text",
    [
        "Moscow said it was ready to hand over 6,000 bodies.",
        "The two sides agreed to exchange 1,000 prisoners each.",
        "Since 2022, more than 3,600 Ukrainians have been freed from Russian captivity.",
        "A volunteer group has so far brought back about 1,600 children.",
        "Russia launched dozens of drones and 13 missiles overnight.",
        "The front line runs for 1,000 kilometres, and a 1,000-kilometre trench line was dug.",
        "A 19-year-old marine spent 2 years in captivity, aged 19.",
        "Aid of $100bn and 20 per cent of the territory, about 6% of GDP.",
        "Russia has about 600,000 troops in Ukraine.",
        "The invasion began in February 2022; by 2024 the war had cost billions.",
        "Officials said 232 civilians were killed and 1,343 injured in June.",
        "Some 1,200 Russian troops are being killed or wounded every day.",
        "British intelligence said Russian losses were likely to reach 1 million by summer.",
    ],
)
def test_news_distractors_give_no_records(news: News, text: str) -> None:
    read = news(text)
    assert read.exchanges == []
    assert read.claims == []


def test_news_claims_category_subject_and_method(news: News) -> None:
    text = (
        "Ukraine's General Staff said Russia had suffered more than 1,060,000 casualties. "
        "UALosses, which lists soldiers confirmed dead by name, has counted over 70,000 "
        "Ukrainian soldiers killed. Tens of thousands of troops on both sides have died."
    )
    claims = {(c.subject.code, c.category): c for c in news(text).claims}
    assert set(claims) == {
        ("RUS", CasualtyCategory.TOTAL_LOSSES),
        ("UKR", CasualtyCategory.KILLED),
    }
    general_staff = claims["RUS", CasualtyCategory.TOTAL_LOSSES]
    assert general_staff.claimant.name == "General Staff of the Armed Forces of Ukraine"
    assert general_staff.is_adversarial
    assert claims["UKR", CasualtyCategory.KILLED].method is ClaimMethod.DOCUMENTED_MINIMUM


def test_news_caveat_in_the_next_sentence_stays_with_its_claim(news: News) -> None:
    text = (
        "Mediazona has confirmed the deaths of more than 100,000 Russian soldiers. "
        "Its authors say the real toll is far higher."
    )
    (claim,) = news(text).claims
    assert claim.caveats == ("the real toll is far higher",)
    assert len(claim.quotes) == 2


def test_news_caveat_of_one_claimant_is_not_given_to_another(news: News) -> None:
    text = (
        "Zelensky said 43,000 Ukrainian soldiers had been killed. "
        "Mediazona counts more than 100,000 Russian soldiers killed. "
        "The outlet says the true figure is much higher."
    )
    caveats = {c.claimant.name: c.caveats for c in news(text).claims}
    assert caveats["Volodymyr Zelensky"] == ()
    assert caveats["Mediazona"] != ()


def test_news_undated_exchange_without_publication_date_is_reported(news: News) -> None:
    read = news("Russia returned 300 bodies to Ukraine, officials said.", published=None)
    assert read.exchanges == []
    (error,) = read.errors
    assert error.line == 1
    assert "without any date" in error.message
    assert "300" in error.message


def test_news_headline_without_date_joins_the_dated_report(news: News) -> None:
    text = (
        "Ukraine gets back 1,000 bodies\n\n"
        "Ukraine received 1,000 bodies from Russia on Thursday, the headquarters said."
    )
    read = news(text)
    (exchange,) = read.exchanges
    assert len(exchange.quotes) == 2
    assert not read.errors


def test_news_uncertain_split_of_a_total_is_not_invented(
    exchange_legs: Callable[..., Any], news: News
) -> None:
    text = "On Sunday the two countries each freed 303 soldiers, ending a three-day swap."
    (exchange,) = news(text).exchanges
    assert set(exchange_legs(exchange).values()) == {Count.exact(303)}


def test_news_a_swap_figure_not_said_per_side_gives_no_direction_a_figure(
    exchange_legs: Callable[..., Any], news: News
) -> None:
    text = "Ukraine and Russia exchanged 146 prisoners of war on Sunday."
    read = news(text)
    assert read.exchanges == []
    (left_out,) = read.errors
    assert isinstance(left_out, RecordSkipped)
    assert "per side or in all" in str(left_out)
    text += " Moscow said 146 Russian servicemen had been returned."
    read = news(text)
    (exchange,) = read.exchanges
    assert exchange_legs(exchange) == {
        ("UKR", "RUS", PersonCategory.PRISONERS_OF_WAR): Count.exact(146)
    }
    assert any("per side or in all" in note for note in exchange.notes)
    assert read.errors == []


def test_news_figure_after_a_colon_and_a_space_is_people(news: News) -> None:
    # Regression: "news: 146" was taken for a time of day like "10:42" and dropped.
    read = news("Good news at last: 146 Ukrainian soldiers were freed by Russia on Friday.")
    (exchange,) = read.exchanges
    assert [(t.receiver.code, t.count.low) for t in exchange.transfers] == [("UKR", 146)]
    assert news("At 10:42 on Friday the ministry spoke.").exchanges == []


def test_news_losses_passed_a_figure_killed_and_wounded_are_total_losses(news: News) -> None:
    # Regression: "passed 790,000 killed and wounded" was read as killed only.
    text = "Ukraine's General Staff says Russia's losses have passed 790,000 killed and wounded."
    (claim,) = news(text).claims
    assert claim.category is CasualtyCategory.TOTAL_LOSSES
    assert claim.count.low > 790_000


def test_news_relative_clause_between_figure_and_verb_is_skipped(news: News) -> None:
    # Regression: the verb after the clause was out of reach, and the figure was lost.
    text = (
        "Russia's defence ministry said 115 Russian soldiers, who had been captured in the "
        "Kursk region during the incursion across the border, had been returned on Saturday."
    )
    (exchange,) = news(text).exchanges
    (transfer,) = exchange.transfers
    assert (transfer.receiver.code, transfer.count.low) == ("RUS", 115)
    assert transfer.attributed_to is not None
    assert transfer.attributed_to.name == "Russian Ministry of Defence"
