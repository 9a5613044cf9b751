"""Tables from elsewhere: any column order, extra and missing columns, the tag row lower down."""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import date

import pytest
from exchangekit_hxl import HxlParser

from exchangekit import (
    CasualtyCategory,
    Count,
    Dataset,
    ExchangeKind,
    ParseError,
    Party,
    Period,
    PersonCategory,
    Population,
    Qualifier,
)
from exchangekit.testing import check_parser

Read = Callable[[str], tuple[Dataset, list[ParseError]]]

CASUALTIES = """\
Casualty figures compiled by a newsroom,,,,,
,,,,,
Notes: figures as published,,,,,
Reported on,Country,Deaths (incl. health workers),Publisher,Remark,Period
#DATE+Reported,#country+code,#affected+healthworker+killed,#meta+source,#description,#date+occurred
2025-02-16,UKR,46000,Office of the President,said in an interview,2022-02-24/2025-02-16
2025-10-23,Russia,"135,001",Mediazona,a floor,2022-02-24/2025-10-23
"""

HANDOVERS = """\
#affected+x_prisoners_of_war,#country+x_receiver+code,#Country+Code+X_Sender,#event+type,\
#date+occurred,#not a tag,#org+x_intermediary+list,#adm1+name
84,UKR,RUS,prisoner swap,2025-02-05,ignored,"UAE, ICRC",Sumy
84,RUS,UKR,prisoner_swap,2025-02-05,,UAE,
"""


def test_a_claim_table_with_title_rows_extra_columns_and_its_own_order(read: Read) -> None:
    dataset, errors = read(CASUALTIES)
    assert errors == []
    first, second = dataset.claims
    assert first.subject == Party.lookup("UKR")
    assert first.category is CasualtyCategory.KILLED
    assert first.count == Count.exact(46000)
    assert first.as_of == Period.day(date(2025, 2, 16))
    assert first.covers == Period.between(date(2022, 2, 24), date(2025, 2, 16))
    assert first.claimant.name == "Office of the President"
    assert first.population is Population.COMBATANTS
    assert second.subject == Party.lookup("RUS")
    assert second.count == Count.exact(135_001)


def test_transfer_rows_without_ids_are_exchanges_of_their_own(read: Read) -> None:
    dataset, errors = read(HANDOVERS)
    assert errors == []
    first, second = dataset.exchanges
    assert first.kind is ExchangeKind.PRISONER_SWAP
    [transfer] = first.transfers
    assert (transfer.sender.code, transfer.receiver.code) == ("RUS", "UKR")
    assert transfer.category is PersonCategory.PRISONERS_OF_WAR
    assert [p.code for p in first.intermediaries] == ["UAE", "ICRC"]
    assert [p.code for p in second.intermediaries] == ["UAE"]


def test_a_table_without_the_tags_it_needs_names_each_of_them(read: Read) -> None:
    table = "#affected+killed,#date+occurred,#meta+sourse\n12,2025-01-01,Radio\n"
    with pytest.raises(ParseError) as caught:
        read(table)
    message = str(caught.value)
    assert "table.csv, line 1" in message
    assert "lacks the HXL tags it needs: #country+code, #date+reported, #meta+source" in message


def test_a_malformed_tag_is_named_when_a_needed_tag_is_missing(read: Read) -> None:
    table = (
        "#affected+x_remains,#country+code+x_sender,#country+code x_receiver,"
        "#event+type,#date+occurred\n1,RUS,UKR,other,2025\n"
    )
    expected = r"#country\+code\+x_receiver.*'#country\+code x_receiver'"
    with pytest.raises(ParseError, match=expected):
        read(table)


def test_a_table_without_any_figure_column_says_what_one_looks_like(read: Read) -> None:
    with pytest.raises(ParseError, match=r"a figure column such as #affected\+killed"):
        read("#date+occurred,#org\n2025,ICRC\n")


def test_a_table_without_a_hashtag_row_says_so(read: Read) -> None:
    with pytest.raises(ParseError, match="no HXL hashtag row"):
        read("date,killed\n2025-01-01,3\n")


def test_a_bad_row_is_reported_with_its_line_and_tag_and_the_rest_is_read(read: Read) -> None:
    table = CASUALTIES.replace('"135,001"', "many")
    dataset, [error] = read(table)
    assert len(dataset.claims) == 1
    assert error.line == 7
    assert error.field == "#affected+healthworker+killed"
    assert "'many' is not a whole number" in error.message


def test_bounds_and_qualifier_columns_give_an_uncertain_count(read: Read) -> None:
    table = (
        "#affected+killed,#affected+x_low,#affected+x_high,#meta+x_qualifier,"
        "#country+code,#date+occurred,#date+reported,#meta+source\n"
        "1000,900,1100,approximate,UKR,2025-07,2025-08,Radio\n"
        "5,,,,UKR,2025-07,2025-08,Radio\n"
    )
    dataset, errors = read(table)
    [error] = errors
    assert error.line == 2
    assert "neither the best figure" in error.message
    [claim] = dataset.claims
    assert claim.count == Count.exact(5)


def test_a_row_with_two_figures_is_an_error(read: Read) -> None:
    table = (
        "#affected+killed,#affected+missing,#country+code,#date+occurred,"
        "#date+reported,#meta+source\n3,4,UKR,2025,2025,Radio\n"
    )
    dataset, [error] = read(table)
    assert len(dataset) == 0
    assert "figures in 2 columns" in error.message


def test_a_claim_with_bounds_reads_them(read: Read) -> None:
    table = (
        "#affected+killed,#affected+x_low,#meta+x_qualifier,"
        "#country+code,#date+occurred,#date+reported,#meta+source\n"
        "135001,135001,more_than,RUS,2025,2025,Mediazona\n"
    )
    dataset, errors = read(table)
    assert errors == []
    assert dataset.claims[0].count == Count(135_001, None, None, Qualifier.MORE_THAN)


def test_the_parser_conforms() -> None:
    check_parser(HxlParser, samples=[CASUALTIES, HANDOVERS], max_examples=100)


def test_sniffing_recognises_a_tagged_table_and_not_a_plain_one() -> None:
    parser = HxlParser()
    assert parser.sniff(CASUALTIES)
    assert parser.sniff(HANDOVERS)
    assert not parser.sniff("record_type,id\nexchange,x\n")
    assert not parser.sniff("#org,#sector\nUNICEF,WASH\n")


def test_unknown_options_are_a_type_error() -> None:
    with pytest.raises(TypeError, match="takes only registry="):
        HxlParser().parse(io.StringIO(""), source="x", colour="red")
