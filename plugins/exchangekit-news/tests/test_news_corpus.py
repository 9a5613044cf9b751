"""Precision and recall on the hand-written corpus stay above floors set from what was achieved.

``benchmarks/news_accuracy.py`` prints the same scores with every miss. The
floors sit just under the measured scores, so losing a figure or two fails
here. ``dev`` holds the articles the rules were developed on (the first eight
of them were a held-out set until their first measurement); ``holdout`` holds
articles written after the rules, measured once as they were, then after two
bugs they revealed were fixed. Its lower scores are the honest estimate for
reporting the rules have not seen.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from exchangekit_news.evaluation import Score, score_article, score_corpus

CORPUS = Path(__file__).parent / "corpus"

# (part, which score, precision floor, recall floor). Measured: dev (38 articles) 100% / 96.9%
# on figures, 97.8% / 94.8% with attribution; holdout 100% / 92.3% on figures, 75.0% / 69.2%
# with attribution, after undated exchanges took the dateline or publication window (its
# first run, before any fixes: 88.9% / 61.5% and 22.2% / 15.4%).
# After issue 8's claim and tally rules (answers recoded to the frozen set's conventions
# where noted in them): dev 100% / 98.0% on figures, 96.0% / 94.1% with attribution;
# holdout 100% / 100% and 78.6% / 78.6%. After the round on transfers that generalise (dev
# answers h6 and 16 recoded to the conventions' `other` for a nationality alone, noted in
# them): dev 100% / 100% on figures.
FLOORS = [
    ("dev", "figures", 0.98, 0.96),
    # more claims found, a few with the wrong speaker; and one record per source restating
    # a figure (dev 09's ministry restating the aggregator's 150, coded once there)
    ("dev", "attributed", 0.94, 0.93),
    ("holdout", "figures", 0.95, 0.92),
    ("holdout", "attributed", 0.75, 0.75),
]


@pytest.fixture(scope="module")
def scores() -> dict[str, tuple[Score, Score]]:
    result = {}
    for part in ("dev", "holdout"):
        articles = score_corpus(CORPUS / part)
        figures = sum((a.figures for a in articles), Score())
        attributed = sum((a.attributed for a in articles), Score())
        result[part] = (figures, attributed)
    return result


# Issue 8's measure (direction, category and value; dates apart) on the frozen test set,
# scored once. First run: precision 60.3%, recall 29.6%, dates right for 59.8% of the
# figures found. The targets (0.93 / 0.85 / 0.9) are NOT met; these floors only
# stop that first-run score from getting worse.
# Since then the set is development material; after issue 8's claim and tally rules it
# scores 83.2% / 62.5%, dates 78.0%. The floors sit a little below that.
FROZEN_FLOORS = (0.80, 0.60, 0.75)


def test_news_frozen_test_set_stays_above_its_first_run() -> None:
    articles = score_corpus(CORPUS / "frozen")
    assert len(articles) == 40
    measured = sum((a.measured for a in articles), Score())
    precision, recall, dates = FROZEN_FLOORS
    assert measured.precision >= precision, measured.false_positives
    assert measured.recall >= recall, measured.misses
    assert measured.date_accuracy >= dates, measured.misdated


# The old frozen set is development material since its first run (issue 8's clause layer was
# tuned on it, with a test of its own for every rule). After the clause layer for transfers:
# measured 86.1% / 56.0%, dates 86.5%; transfers alone 95.9% / 88.1%. These floors keep that,
# with room for the claims and tallies that other work changes. After the last round on
# transfers and dates (vague parts of months, day offsets, partitions, two-way totals):
# measured 97.2% / 86.3%, dates 90.4%; transfers alone 98.5% / 97.0%. After the round on
# transfers that generalise (frozen-2 as development material): 98.0% / 88.1%, dates 92.2%;
# transfers alone 98.5% / 97.8%. Then "N Ukrainians" / "N Russians" with no kind became
# `other`, as the coding conventions say (and as frozen-2 and holdout-2 code them); this
# set's answers code such figures in swaps as prisoners of war against its own README's
# convention 3, so 13 transfers here now differ: 92.4% / 83.4%, dates 91.8%; transfers alone
# 88.1% / 88.1%. The answers stay as they are (the set was scored once); the floors follow.
FROZEN_DEVELOPMENT_FLOORS = (0.90, 0.81, 0.89)
FROZEN_TRANSFER_FLOORS = (0.86, 0.86)


# holdout-2 (corpus/holdout-2, written by a helper that had not seen the rules) is
# development material after its first run, which the lead records. After the last round
# on transfers and dates: measured 80.6% / 64.2%, dates 86.0% (from 75.5% / 61.2%, dates
# 81.3% before it). These floors keep that, with room for other work on claims and tallies.
# After the round on transfers that generalise: 97.8% / 90.0%, dates 95.6%; transfers alone
# 98.2% / 94.8% (from 80.2% / 67.0%).
# After the round on transfers and dates left over: transfers alone 99.1% / 97.4%; after the
# round on figures without a noun: 98.4% / 93.5%, dates 96.8%.
HOLDOUT_2_FLOORS = (0.95, 0.90, 0.94)
# The set codes a whole's own parts as transfers; since `breakdowns="whole"` became the
# default only the whole is recorded: transfers alone 92.2% recall.
HOLDOUT_2_TRANSFER_FLOORS = (0.97, 0.91)


def test_news_holdout_2_stays_above_its_floors() -> None:
    measured = sum((a.measured for a in score_corpus(CORPUS / "holdout-2")), Score())
    precision, recall, dates = HOLDOUT_2_FLOORS
    assert measured.precision >= precision, measured.false_positives
    assert measured.recall >= recall, measured.misses
    assert measured.date_accuracy >= dates, measured.misdated
    transfer_precision, transfer_recall = _transfers_only(CORPUS / "holdout-2", measured)
    assert transfer_precision >= HOLDOUT_2_TRANSFER_FLOORS[0], measured.false_positives
    assert transfer_recall >= HOLDOUT_2_TRANSFER_FLOORS[1], measured.misses


# frozen-2 (corpus/frozen-2) was sealed until its one first run (81.2% / 53.1%, dates 81.5%;
# transfers alone 81.7% / 52.8%) and is development material since. After the round on
# transfers that generalise: 93.1% / 77.1%, dates 93.7%; transfers alone 99.2% / 93.7%.
# These floors keep that, with room for the claims and tallies that other work changes.
# After the round on transfers and dates left over: transfers alone 100% / 96.9%; after the
# round on figures without a noun: 98.3% / 93.1%, dates 95.6%. (This name was
# FROZEN_2_FLOORS, which the first-run floors below rebound, so these were never read.)
FROZEN_2_DEVELOPMENT_FLOORS = (0.95, 0.89, 0.93)
# As for holdout-2: the set codes a whole's own parts, the default records the whole
# alone; transfers alone 89.8% recall.
FROZEN_2_TRANSFER_FLOORS = (0.98, 0.88)


def test_news_frozen_2_as_development_material_stays_above_its_floors() -> None:
    measured = sum((a.measured for a in score_corpus(CORPUS / "frozen-2")), Score())
    precision, recall, dates = FROZEN_2_DEVELOPMENT_FLOORS
    assert measured.precision >= precision, measured.false_positives
    assert measured.recall >= recall, measured.misses
    assert measured.date_accuracy >= dates, measured.misdated
    transfer_precision, transfer_recall = _transfers_only(CORPUS / "frozen-2", measured)
    assert transfer_precision >= FROZEN_2_TRANSFER_FLOORS[0], measured.false_positives
    assert transfer_recall >= FROZEN_2_TRANSFER_FLOORS[1], measured.misses


def _transfers_only(directory: Path, score: Score) -> tuple[float, float]:
    """Precision and recall of the transfers alone, from the scorer's lines by kind."""
    expected = 0
    for answer in directory.glob("*.json"):
        exchanges = json.loads(answer.read_text(encoding="utf-8")).get("exchanges", [])
        expected += sum(len(e.get("transfers", [])) for e in exchanges)
    missed = sum(": transfer " in line for line in score.misses)
    wrong = sum(": transfer " in line for line in score.false_positives)
    found = expected - missed
    return found / (found + wrong), found / expected


def test_news_old_frozen_set_as_development_material_stays_above_its_floors() -> None:
    measured = sum((a.measured for a in score_corpus(CORPUS / "frozen")), Score())
    precision, recall, dates = FROZEN_DEVELOPMENT_FLOORS
    assert measured.precision >= precision, measured.false_positives
    assert measured.recall >= recall, measured.misses
    assert measured.date_accuracy >= dates, measured.misdated
    transfer_precision, transfer_recall = _transfers_only(CORPUS / "frozen", measured)
    assert transfer_precision >= FROZEN_TRANSFER_FLOORS[0], measured.false_positives
    assert transfer_recall >= FROZEN_TRANSFER_FLOORS[1], measured.misses


def test_news_corpus_is_large_and_varied() -> None:
    articles = [p for p in CORPUS.glob("*/*") if p.suffix in (".txt", ".html")]
    assert len(articles) >= 25
    assert any(p.suffix == ".html" for p in articles)
    for article in articles:
        assert article.with_suffix(".json").exists(), f"{article.name} has no answer file"


@pytest.mark.parametrize(("part", "kind", "precision", "recall"), FLOORS)
def test_news_corpus_scores_stay_above_their_floors(
    scores: dict[str, tuple[Score, Score]], part: str, kind: str, precision: float, recall: float
) -> None:
    figures, attributed = scores[part]
    score = figures if kind == "figures" else attributed
    assert score.precision >= precision, score.false_positives
    assert score.recall >= recall, score.misses


def test_news_a_wrong_answer_file_lowers_the_score(tmp_path: Path) -> None:
    article = tmp_path / "swap.txt"
    article.write_text("Russia and Ukraine swapped 84 prisoners each on Thursday.", "utf-8")
    answer = {
        "published": "2025-08-14",
        "publisher": "Wire",
        "exchanges": [
            {
                "period": "2025-08-14",
                "kind": "prisoner_swap",
                "intermediaries": [],
                "transfers": [
                    {
                        "sender": "RUS",
                        "receiver": "UKR",
                        "category": "prisoners_of_war",
                        "count": "85",
                        "attributed_to": None,
                    }
                ],
            }
        ],
        "claims": [],
    }
    article.with_suffix(".json").write_text(json.dumps(answer), "utf-8")
    score = score_article(article).figures
    assert (score.found, score.expected, score.extracted) == (0, 1, 2)
    assert score.precision == 0.0
    assert score.recall == 0.0
    assert len(score.misses) == 1
    assert len(score.false_positives) == 2


# Claims and stated tallies alone on the old frozen set, after the claim round that dropped
# two-sided totals and read relative clauses, captivity and North Korean losses: claims
# 100% / 81.9%, tallies 87.5% / 71.4%. The floors keep that with a figure or two of room.
# After the second claim and tally round: claims 100% / 88.3%, tallies 92.3% / 73.5%.
# A bare running sum of people moved ("the total so far to almost 700 in either direction",
# after a stage of 390 people, soldiers and civilians) is now `other`, as the coding
# conventions and frozen-2's answer for the same swap have it; the old answers code it
# prisoners_of_war, so tallies there read 87.2% / 69.4% (the two legs count as missed).
FROZEN_CLAIM_FLOORS = (0.97, 0.85)
FROZEN_TALLY_FLOORS = (0.85, 0.68)
# holdout-2 (23 articles by a writer who saw no rules) is development material after its
# first run, recorded by the lead. After this round: claims 98.0% / 89.1%, tallies 78.6% /
# 71.0%; the whole set 80.7% / 68.7%, dates 84.8%. After issue 8's second claim and tally
# round (rules generalised from frozen-2's misses): claims 100% / 96.4%, tallies 100% / 74.2%.
# After the round on figures without a noun (issue 8): claims 100% / 98.2%, tallies 100% /
# 80.6%.
HOLDOUT2_CLAIM_FLOORS = (0.97, 0.96)
HOLDOUT2_TALLY_FLOORS = (0.95, 0.77)


def _kind_only(directory: Path, score: Score, kind: str, key: str) -> tuple[float, float]:
    """Precision and recall of one kind of record ("claim", "tally") from the scorer's lines."""
    expected = sum(
        len(json.loads(answer.read_text(encoding="utf-8")).get(key, []))
        for answer in directory.glob("*.json")
    )
    missed = sum(f": {kind} " in line for line in score.misses)
    wrong = sum(f": {kind} " in line for line in score.false_positives)
    found = expected - missed
    return found / max(1, found + wrong), found / max(1, expected)


def test_news_old_frozen_claims_and_tallies_stay_above_their_floors() -> None:
    directory = CORPUS / "frozen"
    measured = sum((a.measured for a in score_corpus(directory)), Score())
    precision, recall = _kind_only(directory, measured, "claim", "claims")
    assert precision >= FROZEN_CLAIM_FLOORS[0], measured.false_positives
    assert recall >= FROZEN_CLAIM_FLOORS[1], measured.misses
    precision, recall = _kind_only(directory, measured, "tally", "tallies")
    assert precision >= FROZEN_TALLY_FLOORS[0], measured.false_positives
    assert recall >= FROZEN_TALLY_FLOORS[1], measured.misses


def test_news_holdout_2_claims_and_tallies_stay_above_their_floors() -> None:
    directory = CORPUS / "holdout-2"
    measured = sum((a.measured for a in score_corpus(directory)), Score())
    precision, recall = _kind_only(directory, measured, "claim", "claims")
    assert precision >= HOLDOUT2_CLAIM_FLOORS[0], measured.false_positives
    assert recall >= HOLDOUT2_CLAIM_FLOORS[1], measured.misses
    precision, recall = _kind_only(directory, measured, "tally", "tallies")
    assert precision >= HOLDOUT2_TALLY_FLOORS[0], measured.false_positives
    assert recall >= HOLDOUT2_TALLY_FLOORS[1], measured.misses


# The second frozen test set (corpus/frozen-2: 39 articles, 245 figures), written before
# the clause layer by a helper that saw neither the rules nor any corpus, scored once after
# all of issue 8's rules were in. First run: precision 81.2%, recall 53.1%, dates right for
# 81.5% of the figures found. The targets (0.93 / 0.85 / 0.9) are NOT met; nothing
# was tuned on this set, and these floors only stop that first-run score from getting worse.
FROZEN_2_FLOORS = (0.80, 0.52, 0.80)


# The third frozen test set (corpus/frozen-3: 40 articles, 250 figures), written before the
# fourth session's rules by a helper that saw neither the rules nor any corpus, and scored
# once after them. First run: precision 83.9%, recall 60.4%, dates right for 81.5% of the
# figures found; the targets (0.93 / 0.85 / 0.9) are NOT met. These floors only stop
# that first-run score from getting worse. After the tally round on running totals (a level
# "stands at", "since the first ...", a start clause before the figure, "with this handover"):
# 86.1% / 62.0%, dates 81.9%; with an aside between dashes before a loss verb: 86.3% / 62.8%,
# dates 82.2%; with rates and relative-clause owners of "the number of": 87.3% / 63.2%,
# dates 82.3%; with spelled numbers with commas and "figures date from": 87.8% / 63.6%,
# dates 83.6%; with "since the deal was signed": 87.9% / 64.0%, dates 83.8%.
# After the round on its transfer and date misses (alone: 86.6% / 64.8%, dates 85.2%), both
# rounds together: 88.4% / 67.2%, dates 88.1%.
FROZEN_3_FLOORS = (0.88, 0.67, 0.87)


# The fourth frozen test set (corpus/frozen-4: 44 articles, 244 figures), written by a helper
# that saw neither the rules nor any corpus, before the round tuned on frozen-3, and scored
# once after it. First run: precision 85.7%, recall 66.4%, dates right for 87.7% of the
# figures found; the targets (0.93 / 0.85 / 0.9) are NOT met. These floors only stop
# that first-run score from getting worse.
FROZEN_4_FLOORS = (0.85, 0.66, 0.87)

# The fifth frozen test set (corpus/frozen-5: 40 articles, 259 figures), written at the start
# of the fifth session by a helper that saw neither the rules nor any corpus, kept out of every
# checkout the session's rules were written in, and scored once after them. First run:
# precision 83.7%, recall 67.6%, dates right for 86.9% of the figures found; the issue's
# targets (0.93 / 0.85 / 0.9) are NOT met. These floors only stop that score from falling.
FROZEN_5_FLOORS = (0.83, 0.67, 0.86)

# The sixth frozen test set (corpus/frozen-6: 40 articles, 222 figures), written by a helper
# that saw neither the rules nor any corpus, before the fifth session's last round, kept out of
# that round's checkouts and scored once after it. First run: precision 81.5%, recall 53.6%,
# dates right for 89.1% of the figures found; the targets are NOT met.
FROZEN_6_FLOORS = (0.81, 0.53, 0.89)

# The seventh frozen test set (corpus/frozen-7: 45 articles, 229 figures), written by a helper
# that saw neither the rules nor any corpus, at the start of the sixth session, kept out of
# that session's checkouts and scored once after its five rounds. First run: precision 83.8%,
# recall 63.3%, dates right for 84.1% of the figures found; the targets are NOT met.
FROZEN_7_FLOORS = (0.83, 0.63, 0.84)

# The eighth frozen test set (corpus/frozen-8: 30 articles, 161 figures), written by a helper
# that saw neither the rules nor any corpus, before the sixth session's last round, kept out of
# that round's checkouts and scored once after it. First run: precision 81.9%, recall 64.6%,
# dates right for 81.7% of the figures found; the targets are NOT met.
FROZEN_8_FLOORS = (0.81, 0.64, 0.81)

# The ninth frozen test set (corpus/frozen-9: 40 articles, 222 figures), written by a helper
# that saw neither the rules nor any corpus, before the sixth session's seventh round, kept out
# of that round's checkouts and scored once after it. First run: precision 78.1%, recall 59.5%,
# dates right for 87.9% of the figures found; the targets are NOT met.
FROZEN_9_FLOORS = (0.78, 0.59, 0.87)

# The tenth frozen test set (corpus/frozen-10: 35 articles, 237 figures), written by a helper
# that saw neither the rules nor any corpus, at the start of the seventh session, kept out of
# that session's checkouts and scored once after its three rounds. First run: precision 86.2%,
# recall 68.8%, dates right for 89.0% of the figures found; the targets are NOT met.
FROZEN_10_FLOORS = (0.86, 0.68, 0.88)

# The eleventh frozen test set (corpus/frozen-11: 35 articles, 243 figures), written by a helper
# that saw neither the rules nor any corpus, at the end of the seventh session, kept out of the
# eighth session's checkouts and scored once after its three rounds. First run: precision 88.8%,
# recall 72.0%, dates right for 82.9% of the figures found; the targets are NOT met.
FROZEN_11_FLOORS = (0.88, 0.72, 0.82)

# The twelfth frozen test set (corpus/frozen-12: 35 articles, 245 figures), written by a helper
# that saw neither the rules nor any corpus, at the start of the eighth session, kept out of the
# eighth and ninth sessions' checkouts and scored once after the ninth session's round. First
# run: precision 83.2%, recall 64.5%, dates right for 84.8% of the figures found; the targets
# are NOT met.
FROZEN_12_FLOORS = (0.83, 0.64, 0.84)

# The thirteenth frozen test set (corpus/frozen-13: 35 articles, 240 figures), written by a
# helper that saw neither the rules nor any corpus, at the start of the ninth session, kept out
# of the ninth and tenth sessions' checkouts and scored once after the tenth session's three
# rounds. First run: precision 86.2%, recall 72.9%, dates right for 85.7% of the figures found;
# the targets are NOT met.
FROZEN_13_FLOORS = (0.86, 0.72, 0.85)

# The fourteenth frozen test set (corpus/frozen-14: 35 articles, 241 figures), written by a
# helper that saw neither the rules nor any corpus, in the tenth session, kept out of the tenth
# and eleventh sessions' checkouts and scored once after the eleventh session's two rounds.
# First run: precision 92.2%, recall 78.0%, dates right for 90.4% of the figures found; the
# precision and recall targets are NOT met.
FROZEN_14_FLOORS = (0.92, 0.78, 0.90)

# The fifteenth frozen test set (corpus/frozen-15: 35 articles, 228 figures), written by a
# helper that saw neither the rules nor any corpus, in the eleventh session, kept out of the
# eleventh and twelfth sessions' checkouts and scored once after the twelfth session's three
# rounds. First run: precision 92.2%, recall 72.4%, dates right for 86.7% of the figures
# found; none of the three targets is met.
FROZEN_15_FLOORS = (0.92, 0.72, 0.86)

# The sixteenth frozen test set (corpus/frozen-16: 35 articles, 239 figures), written by a
# helper that saw neither the rules nor any corpus, in the twelfth session, kept out of the
# twelfth and thirteenth sessions' checkouts and scored once after the thirteenth session's
# three rounds. First run: precision 91.6%, recall 73.2%, dates right for 85.1% of the figures
# found; none of the three targets is met.
FROZEN_16_FLOORS = (0.91, 0.73, 0.85)

# The seventeenth frozen test set (corpus/frozen-17: 35 articles, 246 figures), written by a
# helper that saw neither the rules nor any corpus, in the fourteenth session, kept out of its
# checkouts and scored once after the fourteenth session's three rounds. First run: precision
# 89.9%, recall 79.3%, dates right for 92.8% of the figures found; the dates target is met,
# the other two are not.
FROZEN_17_FLOORS = (0.89, 0.79, 0.92)

# The eighteenth frozen test set (corpus/frozen-18: 35 articles, 273 figures), written by a
# helper that saw neither the rules nor any corpus, in the fifteenth session, kept out of its
# checkouts and scored once after the fifteenth session's three rounds. First run: precision
# 78.1%, recall 69.2%, dates right for 87.3% of the figures found; none of the three targets
# is met.
FROZEN_18_FLOORS = (0.78, 0.69, 0.87)

# The nineteenth frozen test set (corpus/frozen-19: 35 articles, 206 figures), written by a
# helper that saw neither the rules nor any corpus, in the sixteenth session, kept out of its
# checkouts and scored once after the sixteenth session's four rounds. First run: precision
# 78.5%, recall 78.2%, dates right for 84.5% of the figures found; none of the three targets
# is met.
FROZEN_19_FLOORS = (0.78, 0.78, 0.84)

# The twentieth frozen test set (corpus/frozen-20: 35 articles, 227 figures), written by a
# helper that saw neither the rules nor any corpus, in the seventeenth session, kept out of its
# checkouts and scored once after the seventeenth session's three rounds. First run: precision
# 70.8%, recall 67.4%, dates right for 90.8% of the figures found; the dates target is met,
# the other two are not.
FROZEN_20_FLOORS = (0.70, 0.67, 0.90)

# The twenty-first frozen test set (corpus/frozen-21: 35 articles, 264 figures), written by a
# helper that saw neither the rules nor any corpus, in the eighteenth session, kept out of its
# checkouts and scored once after the eighteenth session's four rounds. First run: precision
# 76.9%, recall 69.3%, dates right for 88.5% of the figures found; none of the three targets
# is met.
FROZEN_21_FLOORS = (0.76, 0.69, 0.88)

# The twenty-second frozen test set (corpus/frozen-22: 35 articles, 265 figures), written by a
# helper that saw neither the rules nor any corpus, in the nineteenth session, kept out of its
# checkouts and scored once after the nineteenth session's three rounds. First run: precision
# 79.6%, recall 70.6%, dates right for 82.9% of the figures found; none of the three targets
# is met.
FROZEN_22_FLOORS = (0.79, 0.70, 0.82)

# The twenty-third frozen test set (corpus/frozen-23: 35 articles, 271 figures), written by a
# helper that saw neither the rules nor any corpus, in the twentieth session, kept out of its
# checkouts and scored once after the twentieth session's three rounds. First run: precision
# 76.1%, recall 69.4%, dates right for 88.8% of the figures found; none of the three targets
# is met.
FROZEN_23_FLOORS = (0.76, 0.69, 0.88)

# The twenty-fourth frozen test set (corpus/frozen-24: 35 articles, 235 figures), written by a
# helper that saw neither the rules nor any corpus, in the twenty-first session, kept out of its
# checkouts and scored once after the twenty-first session's two rounds. First run: precision
# 80.8%, recall 69.8%, dates right for 87.2% of the figures found; none of the three targets
# is met.
FROZEN_24_FLOORS = (0.80, 0.69, 0.87)

# The twenty-fifth frozen test set (corpus/frozen-25: 35 articles, 256 figures), written by a
# helper that saw neither the rules nor any corpus, in the twenty-second session, kept out of
# its checkouts and scored once after the twenty-second session's two rounds. First run:
# precision 82.0%, recall 81.6%, dates right for 90.9% of the figures found; the dates target
# is met, precision and recall are not.
FROZEN_25_FLOORS = (0.81, 0.81, 0.90)

# The twenty-sixth frozen test set (corpus/frozen-26: 35 articles, 271 figures), written by a
# helper that saw neither the rules nor any corpus, in the twenty-third session, kept out of
# its checkouts and scored once after the twenty-third session's three rounds. First run:
# precision 82.4%, recall 76.0%, dates right for 86.4% of the figures found; none of the three
# targets is met.
FROZEN_26_FLOORS = (0.82, 0.76, 0.86)

# The twenty-seventh frozen test set (corpus/frozen-27: 35 articles, 209 figures), written by a
# helper that saw neither the rules nor any corpus, in the twenty-third session, kept out of
# its checkouts and scored once after the twenty-fourth session's thirteen rounds. First run:
# precision 82.4%, recall 73.7%, dates right for 91.6% of the figures found; the dates target
# is met, precision and recall are not.
FROZEN_27_FLOORS = (0.82, 0.73, 0.91)

# The twenty-eighth frozen test set (corpus/frozen-28: 35 articles, 248 figures), written by a
# helper that saw neither the rules nor any corpus, in the twenty-fourth session, kept out of
# its checkouts and scored once after the twenty-fifth session's two rounds. First run:
# precision 84.4%, recall 76.2%, dates right for 94.7% of the figures found; the dates target
# is met, precision and recall are not.
FROZEN_28_FLOORS = (0.84, 0.76, 0.94)

# The twenty-ninth frozen test set (corpus/frozen-29: 35 articles, 230 figures), written by a
# helper that saw neither the rules nor any corpus, in the twenty-fifth session, kept out of
# its checkouts and scored once after the twenty-sixth session's first round. First run:
# precision 84.7%, recall 72.2%, dates right for 89.2% of the figures found; none of the three
# targets is met.
FROZEN_29_FLOORS = (0.84, 0.72, 0.89)

# The thirtieth frozen test set (corpus/frozen-30: 35 articles, 210 figures), written by a
# helper that saw neither the rules nor any corpus, in the twenty-sixth session, kept out of
# its checkouts and scored once after that session's second and third rounds. First run:
# precision 81.2%, recall 74.3%, dates right for 87.8% of the figures found; none of the three
# targets is met.
FROZEN_30_FLOORS = (0.81, 0.74, 0.87)

# The thirty-first frozen test set (corpus/frozen-31: 35 articles, 229 figures), written by a
# helper that saw neither the rules nor any corpus, in the twenty-seventh session, kept out of
# its checkouts and scored once after that session's first two rounds. First run: precision
# 82.3%, recall 69.0%, dates right for 85.4% of the figures found; none of the three targets
# is met.
FROZEN_31_FLOORS = (0.82, 0.68, 0.85)

# The thirty-second frozen test set (corpus/frozen-32: 35 articles, 218 figures), written by a
# helper that saw neither the rules nor any corpus, in the twenty-seventh session, kept out of
# every checkout and scored once at the start of the twenty-eighth session. First run:
# precision 85.9%, recall 75.2%, dates right for 84.1% of the figures found; none of the three
# targets is met.
FROZEN_32_FLOORS = (0.85, 0.75, 0.84)

# The thirty-third frozen test set (corpus/frozen-33: 35 articles, 279 figures), written by a
# helper that saw neither the rules nor any corpus, in the twenty-eighth session, kept out of
# every checkout and scored once at the start of the twenty-ninth session. First run:
# precision 83.0%, recall 68.5%, dates right for 88.0% of the figures found; none of the three
# targets is met.
FROZEN_33_FLOORS = (0.83, 0.68, 0.87)

# The thirty-fourth frozen test set (corpus/frozen-34: 35 articles, 243 figures), written by a
# helper that saw neither the rules nor any corpus, in the twenty-ninth session, kept out of
# every checkout and scored once at the start of the thirtieth session. First run:
# precision 84.7%, recall 66.3%, dates right for 88.8% of the figures found; none of the three
# targets is met.
FROZEN_34_FLOORS = (0.84, 0.66, 0.88)

# The thirty-fifth frozen test set (corpus/frozen-35: 35 articles, 265 figures), written by a
# helper that saw neither the rules nor any corpus, at the start of the thirty-first session,
# kept out of every checkout and scored once as soon as it was written. First run:
# precision 86.8%, recall 81.9%, dates right for 90.8% of the figures found; none of the three
# targets is met.
FROZEN_35_FLOORS = (0.86, 0.81, 0.90)

# The thirty-sixth frozen test set (corpus/frozen-36: 35 articles, 256 figures), written by a
# helper that saw neither the rules nor any corpus, at the start of the thirty-second session,
# kept out of every checkout rules were written in and scored once, after that session's
# rounds. First run: precision 75.3%, recall 66.8%, dates right for 86.0% of the figures
# found; none of the three targets is met.
FROZEN_36_FLOORS = (0.75, 0.66, 0.85)

# The thirty-seventh frozen test set (corpus/frozen-37: 35 articles, 317 figures), written by a
# helper that saw neither the rules nor any corpus, at the start of the thirty-third session,
# and scored once after that session's rounds: precision 80.7%, recall 76.7%, dates 85.6%.
FROZEN_37_FLOORS = (0.80, 0.76, 0.85)

# The thirty-eighth frozen test set (corpus/frozen-38: 35 articles, 310 figures), written by a
# helper that saw neither the rules nor any corpus, at the start of the thirty-fourth session,
# and scored once after that session's rounds: precision 78.3%, recall 79.4%, dates 88.2%.
FROZEN_38_FLOORS = (0.78, 0.79, 0.88)

# The thirty-ninth frozen test set (corpus/frozen-39: 35 articles, 326 figures), written by a
# helper that saw neither the rules nor any corpus, at the start of the thirty-fifth session,
# and scored once after that session's rounds: precision 84.0%, recall 74.2%, dates 89.7%.
FROZEN_39_FLOORS = (0.84, 0.74, 0.89)

# The fortieth frozen test set (corpus/frozen-40: 35 articles, 331 figures), written by a
# helper that saw neither the rules nor any corpus, at the start of the thirty-sixth session,
# and scored once after that session's rounds: precision 83.5%, recall 73.4%, dates 93.4%.
FROZEN_40_FLOORS = (0.83, 0.73, 0.93)

# The forty-first frozen test set (corpus/frozen-41: 35 articles, 305 figures), written by a
# helper that saw neither the rules nor any corpus, at the start of the thirty-seventh
# session, and scored once after that session's rounds: precision 81.6%, recall 77.0%,
# dates 84.3%.
FROZEN_41_FLOORS = (0.81, 0.77, 0.84)

# The forty-second frozen test set (corpus/frozen-42: 35 articles, 310 figures), written by a
# helper that saw neither the rules nor any corpus, at the start of the thirty-eighth
# session, and scored once after that session's rounds: precision 87.3%, recall 75.5%,
# dates 88.5%.
FROZEN_42_FLOORS = (0.87, 0.75, 0.88)

# The forty-third frozen test set (corpus/frozen-43: 35 articles, 347 figures), written by a
# helper that saw neither the rules nor any corpus, at the start of the thirty-ninth
# session, and scored once after that session's round: precision 87.3%, recall 73.2%,
# dates 87.0%.
FROZEN_43_FLOORS = (0.87, 0.73, 0.87)

# The forty-fourth frozen test set (corpus/frozen-44: 35 articles, 273 figures), written by a
# helper that saw neither the rules nor any corpus, at the start of the fortieth session,
# and scored once after that session's two rounds: precision 84.3%, recall 76.6%, dates
# 85.2%.
FROZEN_44_FLOORS = (0.84, 0.76, 0.85)

# The forty-fifth frozen test set (corpus/frozen-45: 35 articles, 339 figures), written by a
# helper that saw neither the rules nor any corpus, at the start of the forty-first session,
# and scored once after that session's two rounds: precision 87.9%, recall 79.1%, dates
# 80.2%.
FROZEN_45_FLOORS = (0.87, 0.79, 0.80)

# The forty-sixth frozen test set (corpus/frozen-46: 35 articles, 328 figures), written by a
# helper that saw neither the rules nor any corpus, at the start of the forty-second session,
# and scored once after that session's two rounds, with the article the parser failed on
# read as nothing: precision 86.4%, recall 77.7%, dates 87.5%; once that failure was mended,
# 85.8% / 79.0% / 87.6% (09's own false positives lower the precision).
FROZEN_46_FLOORS = (0.85, 0.77, 0.87)

# The forty-seventh frozen test set (corpus/frozen-47: 35 articles, 329 figures), written by a
# helper that saw neither the rules nor any corpus, at the start of the forty-third session,
# and scored once after that session's two rounds: precision 85.3%, recall 72.3%, dates
# 87.0%.
FROZEN_47_FLOORS = (0.85, 0.72, 0.86)

# The forty-eighth frozen test set (corpus/frozen-48: 35 articles, 279 figures), written by a
# helper that saw neither the rules nor any corpus, at the start of the forty-fourth session,
# and scored once after that session's first round: precision 83.7%, recall 75.3%, dates
# 82.9%.
FROZEN_48_FLOORS = (0.83, 0.75, 0.82)

# The forty-ninth frozen test set (corpus/frozen-49: 35 articles, 342 figures), written by a
# helper that saw neither the rules nor any corpus, at the start of the forty-fifth session,
# and scored once after that session's first round: precision 87.8%, recall 76.0%, dates
# 77.3%.
FROZEN_49_FLOORS = (0.87, 0.76, 0.77)

# The fiftieth frozen test set (corpus/frozen-50: 35 articles, 311 figures), written by a helper
# that saw neither the rules nor any corpus, at the start of the forty-sixth session, and scored
# once before any of that session's parser changes were merged: precision 88.8%, recall 76.2%,
# dates 86.1%.
FROZEN_50_FLOORS = (0.88, 0.76, 0.86)

# The fifty-first frozen test set (corpus/frozen-51: 35 articles, 282 figures), written by a
# helper that saw neither the rules nor any corpus, at the start of the forty-seventh session,
# and scored once after that session's first round: precision 80.5%, recall 70.2%, dates 82.3%.
FROZEN_51_FLOORS = (0.80, 0.70, 0.82)

# The fifty-second frozen test set (corpus/frozen-52: 35 articles, 307 figures), written by a
# helper that saw neither the rules nor any corpus, at the start of the forty-eighth session,
# and scored once after that session's first round: precision 82.7%, recall 71.7%, dates 80.5%.
FROZEN_52_FLOORS = (0.82, 0.71, 0.80)

# The fifty-third frozen test set (corpus/frozen-53: 35 articles, 295 figures), written by a
# helper that saw neither the rules nor any corpus, at the start of the forty-ninth session,
# and scored once after that session's first round: precision 83.1%, recall 63.4%, dates 84.0%.
FROZEN_53_FLOORS = (0.83, 0.63, 0.83)

# The fifty-fourth frozen test set (corpus/frozen-54: 35 articles, 246 figures), written by a
# helper that saw neither the rules nor any corpus, at the start of the fiftieth session,
# and scored once after that session's first round: precision 84.3%, recall 74.0%, dates 83.0%.
FROZEN_54_FLOORS = (0.84, 0.73, 0.82)

# The fifty-fifth frozen test set (corpus/frozen-55: 35 articles, 252 figures), written by a
# helper that saw neither the rules nor any corpus, at the start of the fifty-first session,
# and scored once after that session's first round: precision 85.7%, recall 76.2%, dates 85.4%.
FROZEN_55_FLOORS = (0.85, 0.76, 0.85)


@pytest.mark.parametrize(
    ("part", "articles", "floors"),
    [
        ("frozen-2", 39, FROZEN_2_FLOORS),
        ("frozen-3", 40, FROZEN_3_FLOORS),
        ("frozen-4", 44, FROZEN_4_FLOORS),
        ("frozen-5", 40, FROZEN_5_FLOORS),
        ("frozen-6", 40, FROZEN_6_FLOORS),
        ("frozen-7", 45, FROZEN_7_FLOORS),
        ("frozen-8", 30, FROZEN_8_FLOORS),
        ("frozen-9", 40, FROZEN_9_FLOORS),
        ("frozen-10", 35, FROZEN_10_FLOORS),
        ("frozen-11", 35, FROZEN_11_FLOORS),
        ("frozen-12", 35, FROZEN_12_FLOORS),
        ("frozen-13", 35, FROZEN_13_FLOORS),
        ("frozen-14", 35, FROZEN_14_FLOORS),
        ("frozen-15", 35, FROZEN_15_FLOORS),
        ("frozen-16", 35, FROZEN_16_FLOORS),
        ("frozen-17", 35, FROZEN_17_FLOORS),
        ("frozen-18", 35, FROZEN_18_FLOORS),
        ("frozen-19", 35, FROZEN_19_FLOORS),
        ("frozen-20", 35, FROZEN_20_FLOORS),
        ("frozen-21", 35, FROZEN_21_FLOORS),
        ("frozen-22", 35, FROZEN_22_FLOORS),
        ("frozen-23", 35, FROZEN_23_FLOORS),
        ("frozen-24", 35, FROZEN_24_FLOORS),
        ("frozen-25", 35, FROZEN_25_FLOORS),
        ("frozen-26", 35, FROZEN_26_FLOORS),
        ("frozen-27", 35, FROZEN_27_FLOORS),
        ("frozen-28", 35, FROZEN_28_FLOORS),
        ("frozen-29", 35, FROZEN_29_FLOORS),
        ("frozen-30", 35, FROZEN_30_FLOORS),
        ("frozen-31", 35, FROZEN_31_FLOORS),
        ("frozen-32", 35, FROZEN_32_FLOORS),
        ("frozen-33", 35, FROZEN_33_FLOORS),
        ("frozen-34", 35, FROZEN_34_FLOORS),
        ("frozen-35", 35, FROZEN_35_FLOORS),
        ("frozen-36", 35, FROZEN_36_FLOORS),
        ("frozen-37", 35, FROZEN_37_FLOORS),
        ("frozen-38", 35, FROZEN_38_FLOORS),
        ("frozen-39", 35, FROZEN_39_FLOORS),
        ("frozen-40", 35, FROZEN_40_FLOORS),
        ("frozen-41", 35, FROZEN_41_FLOORS),
        ("frozen-42", 35, FROZEN_42_FLOORS),
        ("frozen-43", 35, FROZEN_43_FLOORS),
        ("frozen-44", 35, FROZEN_44_FLOORS),
        ("frozen-45", 35, FROZEN_45_FLOORS),
        ("frozen-46", 35, FROZEN_46_FLOORS),
        ("frozen-47", 35, FROZEN_47_FLOORS),
        ("frozen-48", 35, FROZEN_48_FLOORS),
        ("frozen-49", 35, FROZEN_49_FLOORS),
        ("frozen-50", 35, FROZEN_50_FLOORS),
        ("frozen-51", 35, FROZEN_51_FLOORS),
        ("frozen-52", 35, FROZEN_52_FLOORS),
        ("frozen-53", 35, FROZEN_53_FLOORS),
        ("frozen-54", 35, FROZEN_54_FLOORS),
        ("frozen-55", 35, FROZEN_55_FLOORS),
    ],
)
def test_news_frozen_sets_stay_above_their_floors(
    part: str, articles: int, floors: tuple[float, float, float]
) -> None:
    scored = score_corpus(CORPUS / part)
    assert len(scored) == articles
    measured = sum((a.measured for a in scored), Score())
    precision, recall, dates = floors
    assert measured.precision >= precision, measured.false_positives
    assert measured.recall >= recall, measured.misses
    assert measured.date_accuracy >= dates, measured.misdated


# frozen-4 as development material, after the first round on its transfer misses (general
# constructions: shared verbs of coordinated figures, dash asides and breakdowns, quoted and
# listed asides, "N Russian ones", "go back", "the stages since", units as parts, "among
# the N"): all kinds 91.4% / 74.2%, dates 88.4%; transfers alone 93.1% / 78.3% (first run
# about 84% / 66%).
FROZEN_4_DEVELOPMENT_FLOORS = (0.90, 0.73, 0.87)
FROZEN_4_TRANSFER_FLOORS = (0.92, 0.77)


def test_news_frozen_4_as_development_material_stays_above_its_floors() -> None:
    directory = CORPUS / "frozen-4"
    measured = sum((a.measured for a in score_corpus(directory)), Score())
    precision, recall, dates = FROZEN_4_DEVELOPMENT_FLOORS
    assert measured.precision >= precision, measured.false_positives
    assert measured.recall >= recall, measured.misses
    assert measured.date_accuracy >= dates, measured.misdated
    expected = sum(
        len(exchange["transfers"])
        for answer in directory.glob("*.json")
        for exchange in json.loads(answer.read_text(encoding="utf-8")).get("exchanges", [])
    )
    found = expected - sum(": transfer " in line for line in measured.misses)
    wrong = sum(": transfer " in line for line in measured.false_positives)
    assert found / max(1, found + wrong) >= FROZEN_4_TRANSFER_FLOORS[0], measured.false_positives
    assert found / max(1, expected) >= FROZEN_4_TRANSFER_FLOORS[1], measured.misses


# holdout-4 (corpus/holdout-4: 38 articles, 253 figures), written by a helper that saw no
# rules and no corpus, scored once: precision 83.7%, recall 56.9%, dates right for 77.8% of
# the figures found. It is development material since; these floors pin the figures after
# the round tuned on it (as development material, not a first run): 88.3% / 62.5%, dates
# 88.0% (nominal and series handovers, running sums by span or by sum, dates of the text).
# Merged with the round on frozen-3 and frozen-4, dates fell to 86.1%; the floor follows.
HOLDOUT_4_FLOORS = (0.87, 0.62, 0.85)


def test_news_holdout_4_stays_above_its_development_floors() -> None:
    scored = score_corpus(CORPUS / "holdout-4")
    assert len(scored) == 38
    measured = sum((a.measured for a in scored), Score())
    precision, recall, dates = HOLDOUT_4_FLOORS
    assert measured.precision >= precision, measured.false_positives
    assert measured.recall >= recall, measured.misses
    assert measured.date_accuracy >= dates, measured.misdated


# frozen-2 is development material since its first run. Claims and stated tallies alone, first
# run: claims 81.5% / 56.4%, tallies 79.2% / 47.5%. After the second claim and tally round
# (losses in either order, hearsay, asides, partitives, statement headings, whole-year and
# "count of" totals, two-way totals dropped): claims 97.3% / 91.0%, tallies 93.9% / 77.5%.
# After the round on figures without a noun: claims 97.4% / 94.9%, tallies 94.4% / 85.0%.
FROZEN_2_CLAIM_FLOORS = (0.95, 0.92)
FROZEN_2_TALLY_FLOORS = (0.90, 0.80)


def test_news_frozen_2_claims_and_tallies_stay_above_their_floors() -> None:
    directory = CORPUS / "frozen-2"
    measured = sum((a.measured for a in score_corpus(directory)), Score())
    precision, recall = _kind_only(directory, measured, "claim", "claims")
    assert precision >= FROZEN_2_CLAIM_FLOORS[0], measured.false_positives
    assert recall >= FROZEN_2_CLAIM_FLOORS[1], measured.misses
    precision, recall = _kind_only(directory, measured, "tally", "tallies")
    assert precision >= FROZEN_2_TALLY_FLOORS[0], measured.false_positives
    assert recall >= FROZEN_2_TALLY_FLOORS[1], measured.misses


# Dates and attribution on frozen-3 and frozen-4 as development material (their first-run
# floors above stay as they were), after the round on dates and attribution: frozen-3 dates
# right for 91.1% of the figures found, attribution 52.8% / 41.4%; frozen-4 dates 96.3%,
# attribution 46.9% / 36.9% (the scorer comparing speakers by what they name; by spelling,
# frozen-4's attribution was 21.5% / 17.0%). The floors sit a little below, so rules on other
# records that find more figures can still land.
DEVELOPMENT_DATE_FLOORS = [("frozen-3", 0.89, 0.48, 0.37), ("frozen-4", 0.94, 0.43, 0.33)]


@pytest.mark.parametrize(("part", "dates", "precision", "recall"), DEVELOPMENT_DATE_FLOORS)
def test_news_dates_and_attribution_as_development_material_stay_above_their_floors(
    part: str, dates: float, precision: float, recall: float
) -> None:
    scored = score_corpus(CORPUS / part)
    measured = sum((a.measured for a in scored), Score())
    attributed = sum((a.attributed for a in scored), Score())
    assert measured.date_accuracy >= dates, measured.misdated
    assert attributed.precision >= precision, attributed.false_positives
    assert attributed.recall >= recall, attributed.misses


# frozen-3 and frozen-4 as development material: claims and stated tallies alone, after the
# claim and tally round worked from the misses both sets share (registers of the dead and
# of the missing, parallel "at" figures, "the equivalent figure for X", opening frames,
# summing openers, speakers of no known side). Before it: frozen-4 claims missed 17 of 68
# with 4 false positives, tallies 18 of 38 with 6; after it: frozen-4 claims 98.4% / 92.6%,
# tallies 93.5% / 76.3%; frozen-3 claims 98.5% / 74.4%, tallies 91.4% / 68.1%.
DEVELOPMENT_CLAIM_FLOORS = {"frozen-3": (0.95, 0.72), "frozen-4": (0.95, 0.90)}
DEVELOPMENT_TALLY_FLOORS = {"frozen-3": (0.88, 0.66), "frozen-4": (0.90, 0.73)}


@pytest.mark.parametrize("part", ["frozen-3", "frozen-4"])
def test_news_frozen_3_and_4_claims_and_tallies_as_development_material(part: str) -> None:
    directory = CORPUS / part
    measured = sum((a.measured for a in score_corpus(directory)), Score())
    precision, recall = _kind_only(directory, measured, "claim", "claims")
    assert precision >= DEVELOPMENT_CLAIM_FLOORS[part][0], measured.false_positives
    assert recall >= DEVELOPMENT_CLAIM_FLOORS[part][1], measured.misses
    precision, recall = _kind_only(directory, measured, "tally", "tallies")
    assert precision >= DEVELOPMENT_TALLY_FLOORS[part][0], measured.false_positives
    assert recall >= DEVELOPMENT_TALLY_FLOORS[part][1], measured.misses


# holdout-3 (corpus/holdout-3: 41 articles, 249 figures), written by a helper that saw no
# rules and no corpus, scored once before any rule was written with it in view: precision
# 78.5%, recall 51.4%, dates right for 82.0% of the figures found. Since then it is
# development material; these floors pin the score after the round tuned on it (85.9% /
# 58.6%, dates 82.9%) and say nothing about text the rules have not seen.
HOLDOUT_3_FLOORS = (0.85, 0.58, 0.82)


def test_news_holdout_3_as_development_material_stays_above_its_floors() -> None:
    scored = score_corpus(CORPUS / "holdout-3")
    assert len(scored) == 41
    measured = sum((a.measured for a in scored), Score())
    precision, recall, dates = HOLDOUT_3_FLOORS
    assert measured.precision >= precision, measured.false_positives
    assert measured.recall >= recall, measured.misses
    assert measured.date_accuracy >= dates, measured.misdated


# Dates of holdout-3 and holdout-4 as development material, after the second round on dates
# (worked from their wrong dates, with broad rules only): holdout-3 dates right for 95.5% of
# the figures found (81.8% before), holdout-4 95.5% (78.3% before). The floors sit below, so
# the recall rounds working on the same sets can add figures whose dates are harder.
HOLDOUT_DATE_FLOORS = [("holdout-3", 0.90), ("holdout-4", 0.90)]


@pytest.mark.parametrize(("part", "dates"), HOLDOUT_DATE_FLOORS)
def test_news_holdout_dates_as_development_material_stay_above_their_floors(
    part: str, dates: float
) -> None:
    measured = sum((a.measured for a in score_corpus(CORPUS / part)), Score())
    assert measured.date_accuracy >= dates, measured.misdated


# frozen-5 as development material, after the first round on its transfer misses (broad
# constructions: "N bodies to A, M to B" with the second noun left out, "N Ukrainian and M
# Russian prisoners", sizes in "swaps of N and M apiece", "N for N" after a colon, a
# participle after "while"): all kinds 85.8% / 70.3%, dates 86.8% (first run 83.7% / 67.6%,
# 86.9%). These floors pin that round's gain and say nothing about text not yet seen.
FROZEN_5_DEVELOPMENT_FLOORS = (0.85, 0.70, 0.86)


# frozen-6 as development material, after the sixth session's five rounds (first run 81.5% /
# 53.6%, dates 89.1%): 90.3% / 71.6%, dates 97.5%. These floors pin those rounds' gain and say
# nothing about text not yet seen.
FROZEN_6_DEVELOPMENT_FLOORS = (0.89, 0.70, 0.96)


# frozen-7 as development material, after two rounds on its misses (first run 83.8% / 63.3%,
# dates 84.1%): 85.5% / 66.8%, dates 92.2% after the first; 85.6% / 67.7%, dates 93.5% after
# the second. These floors pin those rounds' gain only.
FROZEN_7_DEVELOPMENT_FLOORS = (0.85, 0.67, 0.93)


# frozen-8 as development material, after one round on its misses (first run 81.9% / 64.6%,
# dates 81.7%): 87.0% / 66.5%, dates 84.1%. These floors pin that round's gain only.
FROZEN_8_DEVELOPMENT_FLOORS = (0.86, 0.66, 0.83)


# frozen-9 as development material, after the seventh session's three rounds (first run 78.1% /
# 59.5%, dates 87.9%): 90.1% / 73.9%, dates 93.3%; after the eighth session's three rounds
# 91.4% / 77.0%, dates 93.0% (159 of 171: a newly found running total "as of this month" is
# dated to the day where the answer gives the month). These floors pin those rounds' gain only.
FROZEN_9_DEVELOPMENT_FLOORS = (0.91, 0.76, 0.92)


# frozen-10 as development material, after the eighth session's three rounds (first run 86.2% /
# 68.8%, dates 89.0%): 94.2% / 82.3%, dates 89.2%. These floors pin those rounds' gain only.
FROZEN_10_DEVELOPMENT_FLOORS = (0.94, 0.82, 0.89)


@pytest.mark.parametrize(
    ("part", "floors"),
    [
        ("frozen-5", FROZEN_5_DEVELOPMENT_FLOORS),
        ("frozen-6", FROZEN_6_DEVELOPMENT_FLOORS),
        ("frozen-7", FROZEN_7_DEVELOPMENT_FLOORS),
        ("frozen-8", FROZEN_8_DEVELOPMENT_FLOORS),
        ("frozen-9", FROZEN_9_DEVELOPMENT_FLOORS),
        ("frozen-10", FROZEN_10_DEVELOPMENT_FLOORS),
    ],
)
def test_news_sealed_sets_as_development_material_stay_above_their_floors(
    part: str, floors: tuple[float, float, float]
) -> None:
    measured = sum((a.measured for a in score_corpus(CORPUS / part)), Score())
    precision, recall, dates = floors
    assert measured.precision >= precision, measured.false_positives
    assert measured.recall >= recall, measured.misses
    assert measured.date_accuracy >= dates, measured.misdated


def _now_rows() -> list[tuple[str, str, str]]:
    """The README's table of what a fresh scoring run prints now: (part, P / R, dates)."""
    text = (CORPUS.parent.parent / "README.md").read_text(encoding="utf-8")
    table = text.split("<!-- accuracy-now -->", 1)[1].split("<!-- /accuracy-now -->", 1)[0]
    rows = [line.strip("|").split("|") for line in table.splitlines() if line.startswith("| ")]
    return [(part.strip(), pr.strip(), dates.strip()) for part, pr, dates in rows[1:]]


def test_news_readme_accuracy_table_is_what_a_fresh_run_prints() -> None:
    rows = _now_rows()
    assert len(rows) >= 10
    for part, pr, dates in rows:
        name = part.split(" (", 1)[0]
        parts = ["dev", "holdout"] if name == "dev + holdout" else [name]
        measured = sum((a.measured for p in parts for a in score_corpus(CORPUS / p)), Score())
        assert pr == f"{measured.precision:.1%} / {measured.recall:.1%}", part
        assert dates == f"{measured.date_accuracy:.1%}", part
