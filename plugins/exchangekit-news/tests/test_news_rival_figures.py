"""Rival figures: a second source's own count of the same people is kept as its own record.

"Russia said it freed 88 ...; Kyiv put it at 86": the second figure has no noun of its
own and is given by a verb of counting or stating ("counted", "reported", "gave as",
"put ... at", "is lower, at"). Each figure stays with its source, a restated figure
stays one record, and reconciliation takes either figure, never their sum.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from exchangekit import Count, PersonCategory

Legs = dict[tuple[str, str, PersonCategory], list[Count]]
P, C = PersonCategory.PRISONERS_OF_WAR, PersonCategory.CIVILIANS


def test_a_rival_count_in_the_same_sentence_is_kept_with_its_source(news: Any) -> None:
    """A clause "while Russian officials counted 61" gives a second record with its source."""
    (exchange,) = news(
        "Ukraine's ombudsman said 64 civilians were handed back by Russia on Friday, "
        "while Russian officials counted 61."
    ).exchanges
    accounts = {(t.count, t.attributed_to.name) for t in exchange.transfers if t.attributed_to}
    assert {count for count, _ in accounts} == {Count.exact(64), Count.exact(61)}
    assert len({name for _, name in accounts}) == 2
    assert all(
        (t.sender.code, t.receiver.code, t.category) == ("RUS", "UKR", C)
        for t in exchange.transfers
    )


def test_rival_counts_are_alternatives_when_totalled(news: Any) -> None:
    """Reconciliation takes a count holding either figure, not 88 + 86."""
    from exchangekit.reconcile import totals

    (exchange,) = news(
        "Russia said it freed 88 Ukrainian soldiers on Monday; Kyiv put it at 86."
    ).exchanges
    assert any("alternatives" in note for note in exchange.notes)
    assert totals([exchange], by="month", receiver="UKR").total == Count.between(86, 88)


def test_a_rival_count_in_the_next_sentence_is_kept(legs_of: Callable[..., Legs]) -> None:
    """A next sentence "Moscow put the total at 77" after Kyiv's 75 is Moscow's own figure."""
    legs = legs_of(
        "Kyiv said 75 of its prisoners of war were returned on Wednesday. "
        "Moscow put the total at 77."
    )
    assert sorted(c.best or 0 for c in legs[("RUS", "UKR", P)]) == [75, 77]


def test_a_figure_given_as_by_the_other_side_is_a_rival(legs_of: Callable[..., Legs]) -> None:
    """An aside "a figure Kyiv gave as 296" is the other side's count of the same troops."""
    legs = legs_of("Moscow said 300 of its troops came home on Sunday, a figure Kyiv gave as 296.")
    assert sorted(c.best or 0 for c in legs[("UKR", "RUS", P)]) == [296, 300]


def test_a_rival_running_total_is_kept_as_a_second_tally(news: Any) -> None:
    """Saying "Russia's ombudsman counts 4,050" after Ukraine's total since 2022: two tallies."""
    tallies = news(
        "Ukraine says 4,200 of its soldiers have been freed since 2022; "
        "Russia's ombudsman counts 4,050."
    ).tallies
    assert {t.count for t in tallies} == {Count.exact(4_200), Count.exact(4_050)}


def test_no_rival_without_a_second_source_or_where_the_direction_is_unsure(
    legs_of: Callable[..., Legs],
) -> None:
    """The same source again, a restated figure, or two directions just told: no new record."""
    same_source = legs_of(
        "Kyiv said 75 of its soldiers came home on Wednesday. Kyiv later reported 74."
    )
    assert same_source == {("RUS", "UKR", P): [Count.exact(75)]}
    restated = legs_of("Russia said it freed 88 Ukrainian soldiers on Monday; Kyiv put it at 88.")
    assert restated == {("RUS", "UKR", P): [Count.exact(88)]}
    both_ways = legs_of(
        "Russia freed 52 Ukrainian soldiers and Ukraine freed 52 Russian soldiers on Monday, "
        "Kyiv said; Moscow put the number at 50."
    )
    assert both_ways == {("RUS", "UKR", P): [Count.exact(52)], ("UKR", "RUS", P): [Count.exact(52)]}


def test_a_count_of_something_else_is_no_rival(legs_of: Callable[..., Legs]) -> None:
    """Saying "officials recorded 900 requests": the figure counts other things than the people."""
    legs = legs_of(
        "Kyiv said 120 of its soldiers came home on Friday, "
        "while Russian officials recorded 900 requests."
    )
    assert legs == {("RUS", "UKR", P): [Count.exact(120)]}


@given(
    first=st.integers(min_value=20, max_value=900),
    second=st.integers(min_value=20, max_value=900),
    verb=st.sampled_from(["put the number at", "put it at", "counted", "reported"]),
)
def test_rival_figures_give_one_record_per_distinct_figure(
    legs_of: Callable[..., Legs], first: int, second: int, verb: str
) -> None:
    """Two sources' figures for one direction: two records if they differ, one if they agree."""
    legs = legs_of(
        f"Moscow said it handed over {first} Ukrainian prisoners on Tuesday; Kyiv {verb} {second}."
    )
    assert sorted(c.best or 0 for c in legs[("RUS", "UKR", P)]) == sorted({first, second})


@pytest.mark.parametrize(
    ("text", "receiver", "expected"),
    [
        (
            "On Friday 120 Ukrainian soldiers were handed over in the swap. Ukraine's president, "
            "for his part, wrote that 124 servicemen had come home.",
            "UKR",
            [120, 124],
        ),
        (
            "In return, 88 Russian servicemen were handed over on Monday. The Russian defence "
            "ministry later said 90 of its soldiers had returned.",
            "RUS",
            [88, 90],
        ),
        (
            # the other side's word on the people it handed over: no count of their own side
            "On Friday 120 Ukrainian soldiers were handed over in the swap. The Russian defence "
            "ministry said 124 Ukrainian servicemen had been handed over.",
            "UKR",
            [120],
        ),
    ],
)
def test_the_receiving_sides_own_figure_after_an_unsourced_one_is_its_account(
    legs_of: Callable[..., Legs], text: str, receiver: str, expected: list[int]
) -> None:
    """The story's unsourced figure, then the receiving side's different one: both kept."""
    sender = "RUS" if receiver == "UKR" else "UKR"
    assert sorted(c.best or 0 for c in legs_of(text)[(sender, receiver, P)]) == expected


@given(
    first=st.integers(min_value=20, max_value=900),
    second=st.integers(min_value=20, max_value=900),
)
def test_an_unsourced_figure_and_the_receivers_own_give_one_record_per_distinct_figure(
    legs_of: Callable[..., Legs], first: int, second: int
) -> None:
    """The story's figure and the receiver's own: one record per distinct figure (an equal
    one is the same figure told twice, coded once: convention 13).

    Accounts of one handover are of one order: a pluperfect ten times the story's figure or
    more is refused (test_news_pluperfect_far_above_the_swap).
    """
    assume(second < 10 * first)
    legs = legs_of(
        f"On Friday {first} Ukrainian soldiers were handed over in the swap. "
        f"Zelensky wrote that {second} servicemen had come home."
    )
    assert sorted(c.best or 0 for c in legs[("RUS", "UKR", P)]) == sorted({first, second})


R = PersonCategory.REMAINS


@pytest.mark.parametrize(
    ("text", "way", "count"),
    [
        (
            "Kyiv said 210 of its soldiers came home on Monday. Ukraine did not disclose how "
            "many prisoners were handed to Russia, but Russian officials put the number at 198.",
            ("UKR", "RUS", P),
            198,
        ),
        (
            "On Friday Ukraine received 500 bodies, the ministry said. It gave no word on how "
            "many bodies went back to Russia; the Russian side put the figure at 31.",
            ("UKR", "RUS", R),
            31,
        ),
        (
            "On Friday Ukraine received 500 bodies, the ministry said. Nobody said how many "
            "Russian remains were sent back; Russian media counted 31.",
            ("UKR", "RUS", R),
            31,
        ),
        (
            "Russia's defence ministry said 120 Ukrainian prisoners of war were freed on Monday. "
            "Ukraine's ombudsman put the number returned to Ukraine at 118.",
            ("RUS", "UKR", P),
            118,
        ),
        (
            "Ukraine said 120 of its soldiers came home on Monday, while Russia put the number "
            "handed over to the Russian side at 96.",
            ("UKR", "RUS", P),
            96,
        ),
        (
            "Ukraine said 120 of its soldiers came home on Monday. Moscow put the number sent "
            "back from Ukraine at 96.",
            ("UKR", "RUS", P),
            96,
        ),
        (
            "Ukraine's ombudsman said 64 Ukrainian civilians and 30 Russian civilians were "
            "swapped on Friday; Moscow put the Ukrainian figure at 61.",
            ("RUS", "UKR", C),
            61,
        ),
        (
            "Russia's defence ministry said 40 Russian soldiers and 45 Ukrainian soldiers were "
            "exchanged on Monday, while Kyiv gave the Russian figure as 42.",
            ("UKR", "RUS", P),
            42,
        ),
        (
            "Ukraine said 207 of its people had returned on Sunday, and Moscow put the number "
            "of its own returning soldiers at 195.",
            ("UKR", "RUS", P),
            195,
        ),
    ],
)
def test_a_sources_count_is_of_the_way_its_words_name(
    legs_of: Callable[..., Legs], text: str, way: tuple[str, str, PersonCategory], count: int
) -> None:
    """ "How many went to X; S put the number at N", "put the number handed over to X at N"."""
    legs = legs_of(text)
    assert Count.exact(count) in legs[way]
    assert Count.exact(count) not in legs.get((way[1], way[0], way[2]), [])


@given(
    told=st.integers(min_value=20, max_value=900),
    given_=st.integers(min_value=5, max_value=900),
    verb=st.sampled_from(["put the number at", "counted", "reported"]),
)
def test_a_count_of_the_way_asked_never_joins_the_way_told(
    legs_of: Callable[..., Legs], told: int, given_: int, verb: str
) -> None:
    """The figure answering "how many went to Russia" is never a rival of Ukraine's receipt."""
    legs = legs_of(
        f"Ukraine received {told} bodies on Sunday, Kyiv said. It did not say how many bodies "
        f"were returned to the Russian side; Russian media {verb} {given_}."
    )
    assert legs[("RUS", "UKR", R)] == [Count.exact(told)]
    assert legs[("UKR", "RUS", R)] == [Count.exact(given_)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ukraine's ombudsman said 300 prisoners of war came home on Sunday and 290 Russian "
            "prisoners of war were handed over to Russia. A Russian negotiator later gave a "
            "figure of 298 for the Ukrainian "
            "soldiers and 301 for Russia's.",
            {("RUS", "UKR", P): [298, 300], ("UKR", "RUS", P): [290, 301]},
        ),
        (
            "Kyiv said it had received 640 bodies and handed back 25 on Tuesday, while Moscow "
            "gave the figure of 640 for the Ukrainian dead and 28 for Russia's.",
            # an equal count of bodies from the other side is the same count: one record
            {("RUS", "UKR", R): [640], ("UKR", "RUS", R): [25, 28]},
        ),
        (
            "Russia got back 88 bodies and Ukraine 900 on Sunday, Kyiv said. Moscow's envoy "
            "gave a figure of 90 for the Russian dead.",
            {("RUS", "UKR", R): [900], ("UKR", "RUS", R): [88, 90]},
        ),
    ],
)
def test_a_figure_given_for_a_sides_people_counts_their_way_home(
    legs_of: Callable[..., Legs],
    text: str,
    expected: dict[tuple[str, str, PersonCategory], list[int]],
) -> None:
    """ "Gave a figure of N for the Ukrainian dead and M for Russia's": each side's own way."""
    legs = legs_of(text)
    assert {k: sorted(c.best or 0 for c in v) for k, v in legs.items() if v} == expected


@pytest.mark.parametrize(
    "text",
    [
        "Russian officials gave a figure of 60,000 for the Ukrainian dead.",
        "Ukraine received 900 bodies on Sunday. Russian officials gave a figure of 60,000 "
        "for the Ukrainian dead.",
        "Ukraine received 900 bodies on Sunday. Kyiv gave a figure of 1,100 for the Russian "
        "prisoners it holds.",
        "Ukraine received 900 bodies on Sunday. Russian officials put the Ukrainian figure at "
        "90,000 since 2022.",
        "Ukraine received 900 bodies on Sunday. Moscow gave the Russian figure as 30.",
    ],
)
def test_a_figure_for_a_sides_people_without_a_like_exchange_is_no_transfer(
    legs_of: Callable[..., Legs], text: str
) -> None:
    """With no exchange of that way, kind and size told, the figure may be a toll: nothing."""
    legs = legs_of(text)
    assert all(c.best in (None, 900) for v in legs.values() for c in v)


def test_the_people_put_at_a_figure_name_its_way(legs_of: Callable[..., Legs]) -> None:
    """ "Putting the Russian remains returned at 21": the Russian side's own way, its source's."""
    legs = legs_of(
        "Ukraine's Coordination Headquarters said 1,000 bodies came back on Thursday and the "
        "remains of 19 Russian servicemen were handed over. A Russian lawmaker confirmed the "
        "exchange, putting the Russian remains returned at 21."
    )
    assert sorted(c.best or 0 for c in legs[("UKR", "RUS", R)]) == [19, 21]


@pytest.mark.parametrize(
    ("text", "way", "count"),
    [
        ("Kyiv, for its part, put the number freed at 64.", ("RUS", "UKR"), 64),
        ("The Russian ombudsman put the number of servicemen released at 73.", ("UKR", "RUS"), 73),
        # an agent keeps the way the speaker sent: "the number it returned"
        ("Moscow, in its own statement, put the number it returned at 58.", ("RUS", "UKR"), 58),
    ],
)
def test_a_sides_count_of_those_freed_with_no_agent_is_of_its_people_come_home(
    legs_of: Callable[..., Legs], text: str, way: tuple[str, str], count: int
) -> None:
    """ "Kyiv put the number freed at 64": Kyiv's count of its own people, not of those sent."""
    legs = legs_of(text)
    assert {(s, r) for s, r, _ in legs} == {way}
    assert [c.best for v in legs.values() for c in v] == [count]


@given(
    side=st.sampled_from([("Kyiv", "UKR"), ("Moscow", "RUS")]),
    participle=st.sampled_from(["returned", "freed", "released", "repatriated"]),
    count=st.integers(min_value=20, max_value=900),
)
def test_an_agentless_count_of_the_returned_never_goes_to_the_other_side(
    legs_of: Callable[..., Legs], side: tuple[str, str], participle: str, count: int
) -> None:
    """The speaker's count of "the number returned" never sends its own people away."""
    name, code = side
    legs = legs_of(f"{name} put the number {participle} at {count}.")
    assert all(receiver == code for _, receiver, _ in legs)


@pytest.mark.parametrize(
    "text",
    [
        "Eleven children came home from Russia on Monday. The ombudsman put the number of "
        "children deported or forcibly transferred at close to 19,000.",
        "Eleven children came home from Russia on Monday. She puts the number of boys and girls "
        "abducted and transferred to Russia at about 19,000.",
    ],
)
def test_people_put_at_a_figure_as_taken_away_are_no_transfer(
    legs_of: Callable[..., Legs], text: str
) -> None:
    """ "Put the number of children deported or transferred at N": taken away, never returned."""
    legs = legs_of(text)
    assert all(c.best == 11 for v in legs.values() for c in v)


def test_a_count_after_a_semicolon_is_its_own_clauses_source(news: Any) -> None:
    """ "... returned to the Russian side; Russian media put it at 45": the media, not the side."""
    (exchange,) = news(
        "On Monday Ukraine received 640 bodies, the Coordination Headquarters said. It did not "
        "say how many bodies were returned to the Russian side; Russian media put the number "
        "at 39, while "
        "a Russian lawmaker gave a figure of 640 for the Ukrainian dead and 41 for Russia's."
    ).exchanges
    accounts = {
        (t.receiver.code, t.count.best, t.attributed_to.name if t.attributed_to else None)
        for t in exchange.transfers
    }
    # the lawmaker's 640 bodies is the headquarters' count again: one record, the first's
    assert accounts == {
        ("RUS", 39, "Russian media"),
        ("UKR", 640, "Coordination Headquarters for the Treatment of Prisoners of War"),
        ("RUS", 41, "Russian lawmaker"),
    }


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Russia handed over 120 Ukrainian prisoners of war on Friday, Moscow said. In Kyiv, "
            "the president gave a figure of 123 Ukrainians freed.",
            P,
        ),
        (
            "On Sunday 90 Ukrainian prisoners of war came home, and 12 wounded Ukrainian "
            "prisoners were handed over as well, Russia's defence ministry said. Kyiv's envoy "
            "later gave the figure of 102 Ukrainians returned, the two groups together.",
            P,
        ),
        (
            "Russia handed over 120 Ukrainian civilians on Friday, Moscow said. In Kyiv, the "
            "president gave a figure of 123 Ukrainians freed.",
            PersonCategory.OTHER,
        ),
    ],
)
def test_a_count_of_nationals_takes_the_prisoners_kind_it_counts(
    legs_of: Callable[..., Legs], text: str, kind: PersonCategory
) -> None:
    """ "Gave a figure of 123 Ukrainians freed" after a swap of prisoners counts prisoners."""
    legs = legs_of(text)
    assert legs[("RUS", "UKR", kind)][-1].best in (102, 123)


_TOLD = (
    "Ukraine got back 640 soldiers from captivity on Tuesday, the Coordination "
    "Headquarters for the Treatment of Prisoners of War said; in return Kyiv sent home "
    "18 Russian troops. "
)


@pytest.mark.parametrize(
    ("restated", "retold"),
    [
        # another party's restatement, its list set off by a comma or a colon
        ("A Kremlin aide, Vladimir Medinsky, cited the same figures, 640 and 18, online.", 2),
        ("The Russian defence ministry gave the same numbers: 18 and 640.", 2),
        # a count no leg has ends the list; the one before it is still restated
        ("Moscow published the same figures, 640 and 25.", 1),
        # not a restatement: no verb of giving a figure before "the same"
        ("The same figures, 640 and 18, appeared in a Russian report.", 0),
    ],
)
def test_the_same_figures_restated_by_another_source_are_noted_as_its_word(
    news: Any, restated: str, retold: int
) -> None:
    """ "X gave the same figures, N and M": each count told before is X's word too, coded
    once under the first teller (convention 13) with X named in a note."""
    (exchange,) = news(_TOLD + restated).exchanges
    assert len(exchange.transfers) == 2
    counts = {(t.sender.code, t.receiver.code, t.count.best) for t in exchange.transfers}
    assert counts == {("RUS", "UKR", 640), ("UKR", "RUS", 18)}
    assert len({t.attributed_to for t in exchange.transfers}) == 1
    assert sum(" also gave " in note for note in exchange.notes) == retold


def test_the_same_figures_restated_by_the_same_source_stay_one_record(news: Any) -> None:
    """The headquarters repeating its own figures adds no second account."""
    (exchange,) = news(
        _TOLD + "The Coordination Headquarters for the Treatment of Prisoners of War "
        "later repeated the same figures, 640 and 18."
    ).exchanges
    assert len(exchange.transfers) == 2


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        (
            "Kyiv said 64 of its soldiers came home on Monday. Moscow said 64 Ukrainian "
            "prisoners had been released, the same number as Kyiv's.",
            P,
            1,
        ),
        (
            "On Sunday Kyiv said 88 soldiers and 12 civilians had come home. Russia's defence "
            "ministry said 88 Ukrainian soldiers and 12 civilians had been released, the same "
            "numbers as Ukraine's, and gave no names.",
            C,
            1,
        ),
        # no other source's figures to compare with: "the same number" still only echoes
        (
            "Kyiv said 64 of its soldiers came home on Monday. Moscow said 64 Ukrainian "
            "prisoners had been released, the same number as agreed.",
            P,
            1,
        ),
    ],
)
def test_a_figure_stated_as_the_same_as_another_sources_is_its_own_account(
    legs_of: Callable[..., Legs], text: str, kind: PersonCategory, expected: int
) -> None:
    """ "..., the same numbers as Ukraine's": the same figures told again, coded once
    under the first teller (convention 13)."""
    counts = [c.best for c in legs_of(text)[("RUS", "UKR", kind)]]
    assert counts == [counts[0]] * expected


_CAME_HOME = "On Saturday 130 Ukrainian soldiers came home from captivity. "


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        (_CAME_HOME + "Ukraine's ombudsman confirmed receiving 130 and said most were hurt.", P, 1),
        (
            "The bodies of 600 Ukrainian defenders were handed over on Tuesday near Sumy. "
            "Ukraine's Coordination Headquarters, for its part, said it had received 600 bodies.",
            R,
            1,  # bodies are counted once, at the handover: the side relays that count
        ),
        (
            "Moscow said it handed 130 Ukrainian prisoners of war back on Friday in exchange for "
            "the same number of Russians. Kyiv, for its part, said it had got back 130 soldiers.",
            P,
            1,
        ),
        # the side's word told a third time goes to the account it already has
        (
            _CAME_HOME + "Kyiv's Coordination Headquarters confirmed receiving 130. Kyiv, for "
            "its part, repeated that 130 servicemen were back.",
            P,
            1,
        ),
        # a plain restatement in a source's own sentence is that source's account too
        (_CAME_HOME + "Zelensky wrote that 130 servicemen had come home.", P, 1),
        # and so is the word of the side that handed them over
        (
            _CAME_HOME + "The Russian defence ministry, for its part, said 130 Ukrainian "
            "servicemen had been handed over.",
            P,
            1,
        ),
    ],
)
def test_a_side_marking_the_figure_as_its_own_word_is_its_second_teller(
    legs_of: Callable[..., Legs], text: str, kind: PersonCategory, expected: int
) -> None:
    """ "Kyiv, for its part, said ...", "confirmed receiving N": the side's own account of
    the same figure is coded once, under the first teller (convention 13)."""
    counts = [c.best for c in legs_of(text)[("RUS", "UKR", kind)]]
    assert counts[0] in (130, 600)
    assert counts == [counts[0]] * expected


@given(
    count=st.integers(min_value=20, max_value=900),
    marked=st.sampled_from(
        [
            "Ukraine's ombudsman confirmed receiving {n}",
            "Kyiv, for its part, said {n} soldiers had come home",
            "The Coordination Headquarters confirmed the return of {n} defenders",
        ]
    ),
)
def test_a_receivers_marked_account_of_an_unsourced_figure_is_one_record(
    legs_of: Callable[..., Legs], count: int, marked: str
) -> None:
    """The story's figure and the receiving side's marked account: one record (convention 13)."""
    legs = legs_of(
        f"On Sunday {count} Ukrainian soldiers returned from Russian captivity. "
        + marked.format(n=count)
        + "."
    )
    assert [c.best for c in legs[("RUS", "UKR", P)]] == [count]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Russia's defence ministry said 95 Ukrainian prisoners of war had been handed over "
            "on Friday, along with 12 badly wounded servicemen. Kyiv put the number it got back "
            "at 107.",
            "other",
        ),
        (
            "Moscow said on Friday it had released 140 captured Ukrainian soldiers.\n\n"
            "It said a further 9 seriously wounded servicemen had been sent back as well.\n\n"
            "Ukraine put the number it received at 151, without giving a breakdown.",
            "other",
        ),
        (
            "Moscow returned 60 captured soldiers on Tuesday, the Russian side said. Kyiv put "
            "the number it got back at 64.",
            "prisoners_of_war",
        ),
    ],
)
def test_news_a_sides_count_above_each_of_the_kinds_it_got_is_their_whole(
    news: Any, text: str, kind: str
) -> None:
    # Regression: the side's whole took the kind of the last part told (wounded prisoners);
    # with one kind told, its count stays of that kind.
    (exchange,) = news(text).exchanges
    own = [
        t
        for t in exchange.transfers
        if t.attributed_to and t.attributed_to.name == "Ukrainian government"
    ]
    assert [(t.receiver.code, t.category.value) for t in own] == [("UKR", kind)]


@pytest.mark.parametrize(
    "restated",
    [
        "The Russian defence ministry, in a brief note, also gave the figure as {n} for each side.",
        "Moscow's defence ministry later put the number at {n} on each side.",
    ],
)
@settings(max_examples=8, deadline=None)
@given(n=st.integers(min_value=2, max_value=999))
def test_news_a_second_source_giving_a_swaps_size_per_side_is_its_own_account(
    news: Any, restated: str, n: int
) -> None:
    # Regression: "gave the figure as N for each side" was no size of the swap, so the
    # second source's account of both ways was lost.
    text = (
        f"Ukraine said {n} of its soldiers came home on Saturday in a swap that also sent "
        f"{n} Russian servicemen home. " + restated.format(n=n)
    )
    (exchange,) = news(text).exchanges
    ministry = {
        (t.sender.code, t.receiver.code, t.category.value)
        for t in exchange.transfers
        if t.attributed_to is not None and t.attributed_to.name == "Russian Ministry of Defence"
    }
    assert ministry == {("UKR", "RUS", "other"), ("RUS", "UKR", "other")}


# -- both sides' totals of remains set the way a later sideless handover went ------------------


def _remains_story(totals: str, later: int) -> str:
    return (
        "The bodies of 612 soldiers were handed over to Ukraine on Friday, Kyiv's "
        "headquarters for prisoners of war said.\n\n"
        "A Russian lawmaker said Moscow had taken back the remains of 29 of its own "
        "soldiers in return.\n\n"
        f"{totals}\n\n"
        f"Such handovers have gone on through the winter. The handover before that, on "
        f"2 March, brought back {later} bodies."
    )


@pytest.mark.parametrize(
    "totals",
    [
        "Since 2022 Ukraine has recovered the remains of more than 6,000 of its dead, "
        "officials in Kyiv said, while Russia has taken back a few hundred.",
        "By Kyiv's count the country has got back more than 6,000 bodies since 2022; "
        "Russia, for its part, has received about 400.",
    ],
)
def test_news_both_sides_totals_of_remains_give_a_later_handover_its_way(
    legs_of: Callable[..., Legs], totals: str
) -> None:
    legs = legs_of(_remains_story(totals, 488))
    remains = PersonCategory.REMAINS
    assert Count.parse("488") in legs.get(("RUS", "UKR", remains), [])
    assert Count.parse("488") not in legs.get(("UKR", "RUS", remains), [])


@settings(max_examples=25, deadline=None)
@given(later=st.integers(min_value=100, max_value=999))
def test_news_one_sides_total_alone_does_not_turn_the_way_bodies_went(
    legs_of: Callable[..., Legs], later: int
) -> None:
    # a single total going the other way is no sign of which way the bodies mostly went
    text = (
        "The bodies of 4,300 people were returned to Ukraine on Friday, Kyiv's headquarters "
        "said. Since 2022, it said, Ukraine has returned 61 bodies to Russia.\n\n"
        f"The last stage, on Monday, saw {later} bodies handed over and 20 received, "
        "Russia's negotiator said."
    )
    legs = legs_of(text)
    assert Count.parse(str(later)) not in legs.get(("UKR", "RUS", PersonCategory.REMAINS), [])


@settings(max_examples=20, deadline=None)
@given(
    word=st.sampled_from(["Dozens", "Hundreds", "Scores"]),
    count=st.integers(200, 900),
    later=st.sampled_from(
        [
            "{n} Ukrainian prisoners of war were freed this afternoon.",
            "Kyiv said {n} Ukrainian prisoners of war had been freed.",
        ]
    ),
)
def test_a_lead_told_by_order_takes_the_exact_size_given_later(
    news: Any, word: str, count: int, later: str
) -> None:
    """ "Dozens of soldiers have come home", then "150 ... were freed": one leg, of 150."""
    text = (
        f"{word} of Ukrainian soldiers have come home today in a prisoner exchange with Russia. "
        + later.format(n=count)
    )
    counts = [
        t.count for e in news(text).exchanges for t in e.transfers if t.receiver.code == "UKR"
    ]
    assert counts == [Count.exact(count)]


def test_a_lead_told_by_order_keeps_a_rough_later_figure_beside_it(news: Any) -> None:
    """Only an exact figure replaces the order a lead gave: "about 150" does not."""
    text = (
        "Dozens of Ukrainian soldiers have come home today in a prisoner exchange with Russia. "
        "About 150 Ukrainian prisoners of war were freed this afternoon."
    )
    counts = [
        t.count for e in news(text).exchanges for t in e.transfers if t.receiver.code == "UKR"
    ]
    assert all(c.qualifier.value != "exact" for c in counts)


def test_a_lead_told_by_order_is_not_replaced_by_a_smaller_figure(news: Any) -> None:
    """ "Hundreds came home ... 12 were freed": 12 may be a part, so the order stays."""
    text = (
        "Hundreds of Ukrainian soldiers have come home today in a prisoner exchange with Russia. "
        "Kyiv said 12 Ukrainian prisoners of war had been freed."
    )
    counts = [
        t.count for e in news(text).exchanges for t in e.transfers if t.receiver.code == "UKR"
    ]
    assert Count.exact(12) not in counts


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    wrong=st.integers(min_value=11, max_value=400),
    piece=st.sampled_from(["article", "story", "report"]),
    verb=st.sampled_from(["said", "stated", "reported"]),
    aside=st.sampled_from(
        ["", ", published on Saturday evening,", ", based on initial reports from Kyiv,"]
    ),
)
def test_news_a_correction_notices_withdrawn_figure_is_not_read(
    recap: Callable[[str], set[tuple[str, str, str, str, str]]],
    wrong: int,
    piece: str,
    verb: str,
    aside: str,
) -> None:
    """ "An earlier version of this article[, published on ...,] said that 90 ...": withdrawn."""
    right = wrong + 5
    text = (
        f"Correction: An earlier version of this {piece}{aside} {verb} that {wrong} Ukrainian "
        f"prisoners of war were returned on Friday. The article has been corrected.\n\n"
        f"Ukraine and Russia each freed {right} prisoners of war on Friday, 17 October."
    )
    counts = {leg[4] for leg in recap(text)}
    assert str(wrong) not in counts
    assert str(right) in counts


@settings(max_examples=20, deadline=None)
@given(
    wrong=st.integers(min_value=3, max_value=60),
    month=st.sampled_from(["August", "July", "March"]),
    label=st.sampled_from(["UPDATE, Oct 21: ", "Correction: ", ""]),
)
def test_news_a_correction_notice_dates_nothing_of_the_story(
    periods: Callable[..., Any], wrong: int, month: str, label: str
) -> None:
    """ "one woman listed with the group returned separately in August", told in the
    notice, corrects the count; the month is not the day the story's group came back."""
    text = (
        f"{label}An earlier version of this article said {wrong + 1} residents had returned "
        f"on Friday. The correct number is {wrong}; one woman listed with the group returned "
        f"separately in {month}.\n\n"
        f"{wrong} residents of the village have returned to Ukraine, officials said.\n\n"
        "They arrived on Friday through Belarus."
    )
    assert periods(text, dt.date(2025, 10, 20)) == {"2025-10-17"}


@pytest.mark.parametrize(
    "text",
    [
        "Kyiv said in an earlier statement that 90 prisoners of war had returned home on Friday.",
        "An earlier version of the deal, signed in June, returned 90 prisoners of war to Ukraine "
        "on Friday.",
    ],
)
def test_news_an_earlier_statement_or_version_of_a_deal_is_still_read(
    recap: Callable[[str], set[tuple[str, str, str, str, str]]], text: str
) -> None:
    # no correction notice of the piece itself: the figure stays
    assert "90" in {leg[4] for leg in recap(text)}


@settings(
    max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    count=st.integers(min_value=11, max_value=90),
    tag=st.sampled_from(
        [
            "officials from both countries said",
            "both countries said",
            "officials on both sides said",
        ]
    ),
    named=st.sampled_from(["Vladimir Medinsky", "Russia's defence ministry"]),
)
def test_a_figure_both_countries_gave_is_one_record_when_a_side_repeats_it(
    legs_of: Callable[..., Legs], count: int, tag: str, named: str
) -> None:
    """ "..., officials from both countries said" credits the figure to both sides already:
    a named Russian source restating it later is no second record."""
    legs = legs_of(
        f"Ukraine on Thursday received the bodies of 1,000 soldiers and returned the remains "
        f"of {count} Russian servicemen, {tag}. "
        f"{named} said that Russia had received {count} bodies of its soldiers."
    )
    assert legs[("UKR", "RUS", PersonCategory.REMAINS)] == [Count.exact(count)]


@settings(
    max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    told=st.integers(min_value=20, max_value=400),
    gap=st.integers(min_value=1, max_value=9),
    wording=st.sampled_from(
        [
            "rather than the {n} cited by {them}",
            "instead of the {n} reported by {them}",
            "not the {n} given by {them}",
        ]
    ),
    sides=st.sampled_from([("Russia", "Kyiv", "UKR", "RUS"), ("Ukraine", "Moscow", "RUS", "UKR")]),
    people=st.sampled_from(
        [("bodies of its servicemen", "remains"), ("soldiers", "prisoners_of_war")]
    ),
)
def test_a_figure_set_against_the_one_told_is_the_cited_sources_count(
    news: Any,
    told: int,
    gap: int,
    wording: str,
    sides: tuple[str, str, str, str],
    people: tuple[str, str],
) -> None:
    """ "received 41 bodies, rather than the 39 cited by Kyiv": the same leg, Kyiv's count."""
    us, them, sender, receiver = sides
    noun, kind = people
    rival = told + gap
    text = (
        f"{us} said it had received {told} {noun} on Thursday, "
        f"{wording.format(n=rival, them=them)}."
    )
    legs = {
        (t.sender.code, t.receiver.code, t.category.value, str(t.count), t.attributed_to.party.code)
        for e in news(text).exchanges
        for t in e.transfers
        if t.attributed_to is not None
    }
    assert (sender, receiver, kind, str(told), receiver) in legs
    assert (sender, receiver, kind, str(rival), sender) in legs


@pytest.mark.parametrize(
    "text",
    [
        # the same side's second figure is a correction, not a rival
        "Russia said it had received 41 bodies of its servicemen, not the 39 given by Moscow.",
        # no source after the participle
        "Russia said it had received 41 bodies of its servicemen, rather than the 39 cited.",
        # not set against the figure: a figure of its own kind of thing
        "Russia said it had received 41 bodies, and the 39 cited by Kyiv were tents.",
    ],
)
def test_a_figure_not_set_against_another_sides_count_is_no_rival(news: Any, text: str) -> None:
    """Only "rather than / instead of / not the N <cited> by <another side>" gives a rival."""
    counts = {str(t.count) for e in news(text).exchanges for t in e.transfers}
    assert "39" not in counts
