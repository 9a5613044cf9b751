"""Transfer rules of round 2: "each of" a set of months or events, and objects before "to"."""

from __future__ import annotations

from collections.abc import Callable

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

Legs = set[tuple[str, str, str, str, str]]
MONTHS = ["April", "June", "July", "August", "September"]


def test_each_of_months_is_one_way(recap: Callable[[str], Legs]) -> None:
    """ "received N bodies in each of June, July and August": one way, once a month."""
    got = recap("KYIV, Nov 19 — Ukraine received 900 bodies in each of June, July and August.")
    assert got == {
        ("2025-06", "RUS", "UKR", "remains", "900"),
        ("2025-07", "RUS", "UKR", "remains", "900"),
        ("2025-08", "RUS", "UKR", "remains", "900"),
    }


def test_each_of_events_is_one_way(recap: Callable[[str], Legs]) -> None:
    """ "got back 40 soldiers in each of its last two swaps": not 40 going each way.

    With neither swap told before, their days are unknown, so no leg is put on a guessed
    day; told after their days, the figure goes one way on each (see
    ``test_news_each_case_series``).
    """
    got = recap("KYIV, Nov 19 — Moscow got back 40 soldiers in each of its two latest swaps.")
    assert got == set()
    got = recap(
        "KYIV, Nov 19 — Kyiv got back 300 soldiers on 2 October and 250 on 9 October. "
        "Moscow got back 40 soldiers in each of its two latest swaps."
    )
    assert {(p, s, r) for p, s, r, _, c in got if c == "40"} == {
        ("2025-10-02", "UKR", "RUS"),
        ("2025-10-09", "UKR", "RUS"),
    }


def test_each_of_the_sides_stays_per_side(recap: Callable[[str], Legs]) -> None:
    """ "each of them" after a figure still names the two sides."""
    got = recap("KYIV, Nov 19 — Kyiv and Moscow swapped 75 prisoners, each of them, on Monday.")
    assert {(s, r) for _, s, r, _, _ in got} == {("UKR", "RUS"), ("RUS", "UKR")}


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.sampled_from(["Ukraine", "Kyiv"]),
    st.sampled_from(["received", "took back", "got back"]),
    st.integers(min_value=2, max_value=2000),
    st.lists(st.sampled_from(MONTHS), min_size=2, max_size=3, unique=True),
)
def test_each_of_months_never_reverses(
    recap: Callable[[str], Legs], party: str, verb: str, count: int, months: list[str]
) -> None:
    """Whatever the verb of receiving and the months, no leg runs away from the receiver."""
    listed = ", ".join(months[:-1]) + " and " + months[-1]
    got = recap(f"KYIV, Nov 19 — {party} {verb} {count:,} bodies in each of {listed}.")
    assert got
    assert {(s, r) for _, s, r, _, _ in got} == {("RUS", "UKR")}


def test_passed_object_to_a_side(recap: Callable[[str], Legs]) -> None:
    """ "passed the bodies of N soldiers to <a side>": "pass" hands them over."""
    got = recap("KYIV, Nov 19 — Kyiv passed the bodies of 31 Russian troops to the other side.")
    assert got == {("2025-11-19", "UKR", "RUS", "remains", "31")}


def test_passed_figure_to_a_side_is_not_a_hedge(recap: Callable[[str], Legs]) -> None:
    """ "passed 45 bodies to Moscow" is the verb, not "more than 45"."""
    got = recap("KYIV, Nov 19 — Ukraine passed 45 bodies to Moscow on Monday.")
    assert got == {("2025-11-17", "UKR", "RUS", "remains", "45")}


def test_a_level_passed_moves_no_one(recap: Callable[[str], Legs]) -> None:
    """A count that "passed" a level ("to the relief of families") hands no one over."""
    assert not recap(
        "KYIV, Nov 19 — The number of soldiers freed this year passed 3,000 to the relief of "
        "their families."
    )


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.sampled_from([("Ukraine", "Russia"), ("Russia", "Ukraine"), ("Moscow", "Kyiv")]),
    st.sampled_from(["passed", "passes"]),
    st.integers(min_value=2, max_value=900),
    st.sampled_from(["bodies", "wounded prisoners", "servicemen"]),
)
def test_passed_runs_from_subject_to_object_of_to(
    recap: Callable[[str], Legs], pair: tuple[str, str], verb: str, count: int, noun: str
) -> None:
    """Whoever passes N people to whom, the leg runs from the subject to the named side."""
    codes = {"Ukraine": "UKR", "Kyiv": "UKR", "Russia": "RUS", "Moscow": "RUS"}
    got = recap(f"KYIV, Nov 19 — {pair[0]} {verb} {count} {noun} to {pair[1]}.")
    assert {(s, r, n) for _, s, r, _, n in got} == {(codes[pair[0]], codes[pair[1]], str(count))}


def test_plus_group_goes_the_way_of_its_clause(recap: Callable[[str], Legs]) -> None:
    """ ", plus N civilians" after "N soldiers returned to Russia" went to Russia too."""
    got = recap(
        "KYIV, Nov 19 — Moscow's defence ministry said 64 soldiers had been handed back to "
        "Russia, plus three civilians from Belgorod."
    )
    assert {(s, r, c, n) for _, s, r, c, n in got} == {
        ("UKR", "RUS", "prisoners_of_war", "64"),
        ("UKR", "RUS", "civilians", "3"),
    }


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.sampled_from([("Russia", "RUS"), ("Ukraine", "UKR")]),
    st.integers(min_value=2, max_value=400),
    st.integers(min_value=2, max_value=60),
)
def test_plus_never_reverses(
    recap: Callable[[str], Legs], home: tuple[str, str], soldiers: int, civilians: int
) -> None:
    """Whichever side the soldiers went to, the added civilians went there as well."""
    got = recap(
        f"KYIV, Nov 19 — A ministry statement said {soldiers} servicemen returned to "
        f"{home[0]}, plus {civilians} civilians."
    )
    assert {r for _, _, r, _, _ in got} == {home[1]}
    assert len(got) == 2


def test_same_number_of_two_kinds(recap: Callable[[str], Legs]) -> None:
    """ "the same number of soldiers and civilians" mirrors both kinds told before."""
    got = recap(
        "KYIV, Nov 19 — Kyiv said 95 servicemen and 6 civilians came home on Friday. "
        "Moscow got back the same number of soldiers and civilians, it said."
    )
    assert {(s, r, c, n) for _, s, r, c, n in got} == {
        ("RUS", "UKR", "prisoners_of_war", "95"),
        ("RUS", "UKR", "civilians", "6"),
        ("UKR", "RUS", "prisoners_of_war", "95"),
        ("UKR", "RUS", "civilians", "6"),
    }


def test_same_number_of_one_kind_mirrors_that_kind_only(recap: Callable[[str], Legs]) -> None:
    """Naming one kind after "the same number of" mirrors that kind and no other."""
    got = recap(
        "KYIV, Nov 19 — Ukraine got back 70 soldiers and 4 civilians on Friday. "
        "Russia received the same number of servicemen."
    )
    assert {(s, r, c) for _, s, r, c, _ in got if s == "UKR"} == {
        ("UKR", "RUS", "prisoners_of_war")
    }


def test_bare_military_is_servicemen(recap: Callable[[str], Legs]) -> None:
    """ "N military and M civilians": "military" counts servicemen, not M's civilians."""
    got = recap("KYIV, Nov 19 — Moscow received 140 military and 9 civilians on Thursday.")
    assert {(s, r, c, n) for _, s, r, c, n in got} == {
        ("UKR", "RUS", "prisoners_of_war", "140"),
        ("UKR", "RUS", "civilians", "9"),
    }


def test_military_before_a_noun_stays_a_modifier(recap: Callable[[str], Legs]) -> None:
    """ "40 military and civilian detainees" is one group: "military" qualifies the noun."""
    got = recap("KYIV, Nov 19 — Russia returned 40 military and civilian detainees to Ukraine.")
    assert {n for _, _, _, _, n in got} == {"40"}


def test_a_floating_each_before_a_list_of_figures_is_every_figures(
    recap: Callable[[str], Legs],
) -> None:
    """ "the sides each freed 48 and 130 soldiers" in two months: two swaps, both two-way."""
    got = recap("In January and March, Kyiv and Moscow each handed over 48 and 130 soldiers.")
    assert got == {
        ("2025-01", "RUS", "UKR", "prisoners_of_war", "48"),
        ("2025-01", "UKR", "RUS", "prisoners_of_war", "48"),
        ("2025-03", "RUS", "UKR", "prisoners_of_war", "130"),
        ("2025-03", "UKR", "RUS", "prisoners_of_war", "130"),
    }


def test_a_floating_each_before_a_comma_list_pairs_with_the_months(
    recap: Callable[[str], Legs],
) -> None:
    got = recap("The sides each freed 22, 41 and 63 prisoners in June, July and August.")
    assert {(leg[0], leg[4]) for leg in got} == {
        ("2025-06", "22"),
        ("2025-07", "41"),
        ("2025-08", "63"),
    }
    assert {(leg[1], leg[2]) for leg in got} == {("RUS", "UKR"), ("UKR", "RUS")}


def test_a_list_told_in_time_with_then_is_not_guessed(recap: Callable[[str], Legs]) -> None:
    """ "75 and then 90": not read yet, and never one figure given to both months."""
    got = recap("The two sides each freed 75 and then 90 prisoners in May and June.")
    assert {leg[4] for leg in got} in (set(), {"75", "90"})


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    n=st.integers(min_value=11, max_value=400),
    m=st.integers(min_value=401, max_value=900),
    months=st.sampled_from([("January", "March"), ("April", "June"), ("July", "September")]),
)
def test_each_before_a_list_is_two_way_for_every_figure(
    recap: Callable[[str], Legs], n: int, m: int, months: tuple[str, str]
) -> None:
    """Every listed figure under "the sides each" goes both ways, never one."""
    got = recap(
        f"In {months[0]} and {months[1]}, the two sides each returned {n} and {m} prisoners."
    )
    for count in (str(n), str(m)):
        assert {(leg[1], leg[2]) for leg in got if leg[4] == count} == {
            ("RUS", "UKR"),
            ("UKR", "RUS"),
        }


_PAIRS = [("Kyiv", "Moscow"), ("Russia", "Ukraine"), ("Moscow", "Kyiv"), ("Ukraine", "Russia")]


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    pair=st.sampled_from(_PAIRS),
    soldiers=st.integers(min_value=30, max_value=900),
    civilians=st.integers(min_value=2, max_value=29),
    verb=st.sampled_from(["handed over", "released", "freed", "sent home"]),
    noun=st.sampled_from(["servicemen", "prisoners of war", "soldiers"]),
)
def test_a_floating_each_shares_every_listed_figure_per_side(
    recap: Callable[[str], Legs],
    pair: tuple[str, str],
    soldiers: int,
    civilians: int,
    verb: str,
    noun: str,
) -> None:
    """ "Kyiv and Moscow each handed over 185 servicemen and 20 civilians": both go each way."""
    got = recap(f"{pair[0]} and {pair[1]} each {verb} {soldiers} {noun} and {civilians} civilians.")
    assert {(leg[1], leg[2], leg[3], leg[4]) for leg in got} == {
        ("UKR", "RUS", "prisoners_of_war", str(soldiers)),
        ("RUS", "UKR", "prisoners_of_war", str(soldiers)),
        ("UKR", "RUS", "civilians", str(civilians)),
        ("RUS", "UKR", "civilians", str(civilians)),
    }


def test_without_each_a_listed_two_way_figure_stays_unsplit(recap: Callable[[str], Legs]) -> None:
    """ "Russia and Ukraine released 90 prisoners and 10 civilians": per side or in all? Unsaid."""
    got = recap("Russia and Ukraine released 90 prisoners and 10 civilians.")
    assert not {leg for leg in got if leg[4] == "10"}


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    side=st.sampled_from([("Ukraine", "UKR", "RUS"), ("Russia", "RUS", "UKR")]),
    first=st.integers(min_value=32, max_value=400),
    later=st.integers(min_value=32, max_value=400),
)
def test_a_later_figures_each_is_not_the_earlier_ones(
    recap: Callable[[str], Legs], side: tuple[str, str, str], first: int, later: int
) -> None:
    """ "received 115 prisoners on August 24 and 95 each on October 18": the 115 went one way."""
    name, home, other = side
    got = recap(f"{name} received {first} prisoners on August 24 and {later} each on October 18.")
    assert ("2025-08-24", other, home, "prisoners_of_war", str(first)) in got
    assert not any(p == "2025-08-24" and r == other for p, _, r, _, _ in got)


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    n=st.integers(min_value=11, max_value=900),
    series=st.sampled_from(["in each case", "in each instance", "each time"]),
)
def test_each_case_of_a_series_is_not_each_side(
    recap: Callable[[str], Legs], n: int, series: str
) -> None:
    """ "took back its dead in September and October ... and in each case received a
    handful": "each case" is one of the listed events, not one of the sides."""
    got = recap(
        f"Kyiv took back its dead in September and October - each time more than {n} "
        f"bodies - and {series}, officials say, received only a handful it could identify."
    )
    assert {(leg[1], leg[2]) for leg in got} == {("RUS", "UKR")}


def test_each_side_still_counts_per_side(recap: Callable[[str], Legs]) -> None:
    got = recap("On 3 May the sides exchanged 90 prisoners each, the ministry said.")
    assert {(leg[1], leg[2]) for leg in got if leg[4] == "90"} == {("RUS", "UKR"), ("UKR", "RUS")}
