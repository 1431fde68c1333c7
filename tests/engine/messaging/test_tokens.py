"""Message tokens: fallbacks, unknown names, problems, HTML escaping, bulk rendering."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from sqlalchemy import event

from talkpush_desktop.engine.dto import CampaignInfo
from talkpush_desktop.engine.errors import NotFoundError
from talkpush_desktop.engine.messaging import tokens
from talkpush_desktop.engine.messaging.tokens import (
    Rendered,
    Slot,
    check,
    compile_body,
    problems,
    render,
    render_many,
    values_for,
    values_for_many,
)
from talkpush_desktop.engine.workspace import Workspace

MARIA = {"candidate_first_name": "Maria", "candidate_name": "Maria Santos", "referee": ""}


# -- the public API callers rely on --------------------------------------------------------


def test_the_existing_api_still_works() -> None:
    assert Rendered("x") == Rendered("x", (), ())
    assert Rendered("x", ("referee",)).unknown == ()
    assert tokens.MARK == "<%="
    match = tokens.PATTERN.search("Hi <%=@candidate_name%>!")
    assert match is not None
    assert (match.group(0), match.group(1)) == ("<%=@candidate_name%>", "candidate_name")
    assert "candidate_name" in {t.name for t in tokens.TOKENS}
    assert render("no tokens", {}) == Rendered("no tokens")
    rendered = render("Hi <%= @candidate_first_name %> <%= @referee %>", MARIA)
    assert rendered == Rendered("Hi Maria <%= @referee %>", ("referee",))


# -- fallbacks -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "token",
    [
        '<%= @referee || "there" %>',
        "<%= @referee || 'there' %>",
        '<%=@referee||"there"%>',
        '<%=   @referee   ||   "there"   %>',
    ],
)
def test_a_fallback_fills_an_empty_value_and_is_never_missing(token: str) -> None:
    rendered = render(f"Hi {token}!", MARIA)
    assert rendered == Rendered("Hi there!")
    assert rendered.complete


def test_a_value_wins_over_its_fallback() -> None:
    body = "Hi <%= @candidate_first_name || \"there\" %>, <%= @campaign || 'our team' %>"
    assert render(body, MARIA).text == "Hi Maria, our team"


def test_fallbacks_may_hold_the_other_quote_and_be_empty() -> None:
    body = '<%= @referee || "a \'friend\'" %>|<%= @referee || \'a "pal"\' %>|<%= @referee || "" %>'
    assert render(body, MARIA) == Rendered("a 'friend'|a \"pal\"|")


def test_a_malformed_fallback_stays_as_written_and_check_says_so() -> None:
    body = "Hi <%= @referee || there %>"
    assert render(body, MARIA) == Rendered(body)
    assert check(body) == (
        "<%= @referee || there %> is not a valid token (write <%= @name %> or "
        '<%= @name || "fallback" %>)',
    )


# -- unknown and missing -------------------------------------------------------------------


def test_unknown_tokens_are_reported_apart_from_empty_ones() -> None:
    body = "Hi <%= @candidat_name %>, <%= @referee %>, <%= @candidat_name %> <%= @xyz || 'x' %>"
    rendered = render(body, MARIA)
    assert rendered.text == "Hi <%= @candidat_name %>, <%= @referee %>, <%= @candidat_name %> x"
    assert rendered.missing == ("referee",)
    assert rendered.unknown == ("candidat_name", "xyz")
    assert not rendered.complete


def test_a_name_given_a_value_is_not_unknown() -> None:
    assert render("<%= @custom %>", {"custom": "v"}) == Rendered("v")
    assert render("<%= @custom %>", {"custom": ""}) == Rendered("<%= @custom %>", ("custom",))


def test_problems_read_like_advice() -> None:
    rendered = render("<%= @candidat_name %> <%= @referee %> <%= @zzzz %>", MARIA)
    assert problems(rendered) == (
        "@candidat_name is not a token (did you mean @candidate_name?)",
        "@zzzz is not a token",
        '@referee is empty for this candidate (add a fallback: <%= @referee || "..." %>)',
    )
    assert problems(render("<%= @candidate_name %>", MARIA)) == ()


def test_check_without_a_candidate_reports_only_what_is_wrong_in_the_body() -> None:
    body = "Hi <%= @candidate_first_name %> <%= @refere %> from <%= @company %>"
    assert check(body) == ("@refere is not a token (did you mean @referee?)",)
    assert check(body, MARIA) == (
        "@refere is not a token (did you mean @referee?)",
        '@company is empty for this candidate (add a fallback: <%= @company || "..." %>)',
    )
    assert check("plain text") == ()


# -- HTML ----------------------------------------------------------------------------------


def test_escape_html_escapes_values_and_fallbacks_not_the_body() -> None:
    values = {"candidate_name": 'Tom & "Jerry" <script>'}
    body = "<p>Hi <b><%= @candidate_name %></b> <%= @referee || '<i>you</i> & me' %></p>"
    assert render(body, values, escape_html=True).text == (
        "<p>Hi <b>Tom &amp; &quot;Jerry&quot; &lt;script&gt;</b>"
        " &lt;i&gt;you&lt;/i&gt; &amp; me</p>"
    )
    assert render(body, values).text == '<p>Hi <b>Tom & "Jerry" <script></b> <i>you</i> & me</p>'


# -- compiling and rendering many ----------------------------------------------------------


def test_a_body_compiles_into_literals_and_slots() -> None:
    template = compile_body("Hi <%= @candidate_name || 'x' %>!<%= @company %>")
    assert template.parts == (
        "Hi ",
        Slot("candidate_name", "x", "<%= @candidate_name || 'x' %>"),
        "!",
        Slot("company", None, "<%= @company %>"),
    )
    assert compile_body("").parts == ()
    assert compile_body("plain").parts == ("plain",)


def test_render_many_agrees_with_render() -> None:
    body = "Hi <%= @candidate_first_name || 'there' %>, <%= @referee %> & <%= @bogus %>"
    values_by = {
        1: MARIA,
        2: {"candidate_first_name": "", "referee": "Ana <Cruz>"},
        3: {},
    }
    for escape in (False, True):
        many = render_many(body, values_by, escape_html=escape)
        assert list(many) == [1, 2, 3]
        for cid, values in values_by.items():
            assert many[cid] == render(body, values, escape_html=escape)
    assert render_many(body, {}) == {}


# -- values from the database --------------------------------------------------------------


@contextmanager
def _count_selects(ws: Workspace) -> Iterator[list[str]]:
    seen: list[str] = []

    def before(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if statement.lstrip().upper().startswith("SELECT"):
            seen.append(statement)

    event.listen(ws.db.engine, "before_cursor_execute", before)
    try:
        yield seen
    finally:
        event.remove(ws.db.engine, "before_cursor_execute", before)


@pytest.fixture
def people(ws: Workspace, campaign: CampaignInfo) -> list[int]:
    return [
        ws.intake.add_candidate(
            campaign.id,
            first_name="Maria",
            last_name="Santos",
            email="maria@example.com",
            referee={"first_name": "Ana", "last_name": "Cruz"},
        ),
        ws.intake.add_candidate(campaign.id, first_name="Jose", email="jose@example.com"),
        ws.intake.add_candidate(
            campaign.id, first_name="Lea", last_name="Reyes", email="lea@example.com"
        ),
    ]


def test_values_for_many_matches_values_for(ws: Workspace, people: list[int]) -> None:
    with ws.transaction() as s:
        many = values_for_many(s, ws.company_id, reversed(people))
        assert list(many) == list(reversed(people))  # in the order asked
        for cid in people:
            assert many[cid] == values_for(s, ws.company_id, cid)
    maria = many[people[0]]
    assert maria["candidate_name"] == "Maria Santos"
    assert maria["referee"] == "Ana Cruz"
    assert maria["campaign"] == "Customer Service - Manila"
    assert many[people[1]]["candidate_name"] == "Jose"
    assert many[people[1]]["referee"] == ""


def test_values_for_many_queries_once_per_500_ids(ws: Workspace, people: list[int]) -> None:
    ids = [*people, *range(100_000, 101_100), people[0]]  # 1,103 distinct ids: 3 chunks
    with ws.transaction() as s, _count_selects(ws) as selects:
        many = values_for_many(s, ws.company_id, ids)
    assert list(many) == people  # unknown ids left out, duplicates once
    assert len(selects) == 1 + 3  # the link settings, then one per chunk
    with ws.transaction() as s, _count_selects(ws) as selects:
        assert values_for_many(s, ws.company_id, []) == {}
    assert selects == []


def test_values_are_scoped_to_the_company(ws: Workspace, people: list[int]) -> None:
    with ws.transaction() as s:
        assert values_for_many(s, ws.company_id + 1, people) == {}
        with pytest.raises(NotFoundError):
            values_for(s, ws.company_id + 1, people[0])


def test_rendering_one_body_for_many_candidates(ws: Workspace, people: list[int]) -> None:
    body = "Hi <%= @candidate_first_name %>, referred by <%= @referee || 'nobody' %>"
    with ws.transaction() as s:
        rendered = render_many(body, values_for_many(s, ws.company_id, people))
    assert [r.text for r in rendered.values()] == [
        "Hi Maria, referred by Ana Cruz",
        "Hi Jose, referred by nobody",
        "Hi Lea, referred by nobody",
    ]
    assert all(r.complete for r in rendered.values())
