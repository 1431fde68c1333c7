"""Email HTML: the sanitizer keeps a template's markup and drops hostile input; plain text."""

from __future__ import annotations

import pytest

from talkpush_desktop.engine.messaging.email_html import sanitize, to_plain_text

TEMPLATE = """\
<h1>Welcome, Maria</h1>
<p>Your <b>interview</b> is <em>tomorrow</em> at <strong>10:00</strong>.<br><u>Bring ID</u>.</p>
<ul><li>One</li><li>Two</li></ul>
<ol><li>First</li></ol>
<table align="center"><thead><tr><th colspan="2">Schedule</th></tr></thead>
<tbody><tr><td rowspan="2" align="right">Mon</td><td>9:00</td></tr></tbody></table>
<blockquote>Quoted</blockquote><hr>
<div><span style="color:#333;font-size:14px">Team</span></div>
<p><a href="https://jobs.example.com/apply" title="Apply">Apply</a>
<img src="https://cdn.example.com/logo.png" alt="Logo" width="120" height="40"></p>"""


# -- sanitize ------------------------------------------------------------------------------


def test_a_template_survives_sanitizing() -> None:
    clean = sanitize(TEMPLATE)
    for kept in [
        "<h1>Welcome, Maria</h1>",
        "<b>interview</b>",
        "<em>tomorrow</em>",
        "<strong>10:00</strong>",
        "<br>",
        "<u>Bring ID</u>",
        "<ul><li>One</li><li>Two</li></ul>",
        "<ol><li>First</li></ol>",
        '<table align="center"><thead><tr><th colspan="2">Schedule</th></tr></thead>',
        '<td rowspan="2" align="right">Mon</td>',
        "<blockquote>Quoted</blockquote><hr>",
        '<span style="color:#333;font-size:14px">Team</span>',
        '<img src="https://cdn.example.com/logo.png" alt="Logo" width="120" height="40">',
    ]:
        assert kept in clean, kept
    assert (
        '<a href="https://jobs.example.com/apply" title="Apply" rel="noopener noreferrer">' in clean
    )


def test_links_always_get_noopener_noreferrer() -> None:
    clean = sanitize('<a href="https://a.example" rel="opener" target="_blank">x</a>')
    assert clean == '<a href="https://a.example" rel="noopener noreferrer">x</a>'
    assert 'href="mailto:hr@example.com"' in sanitize('<a href="mailto:hr@example.com">hr</a>')


@pytest.mark.parametrize(
    ("hostile", "expected"),
    [
        ("<script>alert(1)</script>Hi", "Hi"),
        ("<script>alert(1)", ""),
        ("<p>a<script src='https://evil.example/x.js'></script>b</p>", "<p>ab</p>"),
        (
            '<img src="https://a.example/x.png" onerror="alert(1)">',
            '<img src="https://a.example/x.png">',
        ),
        ("<img src=x onerror=alert(1)>", "<img>"),
        ('<div onclick="steal()" onmouseover="x()">d</div>', "<div>d</div>"),
        ('<iframe src="https://evil.example"></iframe>ok', "ok"),
        ("<svg onload=alert(1)></svg>ok", "ok"),
        ("<object data=x></object><embed src=x><form><input></form>ok", "ok"),
        ('<base href="https://evil.example"><meta http-equiv="refresh" content="0">ok', "ok"),
        ("<style>p { background: url(https://track.example) }</style>ok", "ok"),
        ("<!-- <script>x</script> -->ok", "ok"),
        ("<p>unclosed <b>bold", "<p>unclosed <b>bold</b></p>"),
    ],
)
def test_hostile_markup_is_removed(hostile: str, expected: str) -> None:
    assert sanitize(hostile) == expected


@pytest.mark.parametrize(
    "href",
    [
        "javascript:alert(1)",
        " JavaScript:alert(1)",
        "jav&#x09;ascript:alert(1)",
        "vbscript:msgbox(1)",
        "data:text/html;base64,PHNjcmlwdD4=",
        "/relative/path",
        "file:///etc/passwd",
    ],
)
def test_only_absolute_http_https_mailto_urls_are_kept(href: str) -> None:
    assert sanitize(f'<a href="{href}">x</a>') == '<a rel="noopener noreferrer">x</a>'
    assert sanitize(f'<img src="{href}" alt="a">') == '<img alt="a">'


@pytest.mark.parametrize(
    ("style", "expected"),
    [
        ("color: red; width: expression(alert(1))", ' style="color:red"'),
        ("background: url(javascript:alert(1)); color: blue", ' style="color:blue"'),
        ("background-image: url(https://track.example/p.gif)", ""),
        ("color: red; width: e\\xpression(1)", ' style="color:red"'),
        ("color: red; wid/**/th: expr/**/ession(1)", ' style="color:red"'),
        ("width: &#101;xpression(1)", ""),
        ("behavior: url(x.htc); -moz-binding: url(x.xml#y)", ""),
        ("font-weight: bold; position: fixed; top: 0; z-index: 99", ' style="font-weight:bold"'),
        ("text-align: center; padding: 4px", ' style="text-align:center;padding:4px"'),
    ],
)
def test_style_keeps_only_safe_properties_and_values(style: str, expected: str) -> None:
    assert sanitize(f'<p style="{style}">x</p>') == f"<p{expected}>x</p>"


# -- plain text ----------------------------------------------------------------------------


def test_plain_text_of_a_template() -> None:
    assert to_plain_text(TEMPLATE) == (
        "Welcome, Maria\n"
        "\n"
        "Your interview is tomorrow at 10:00.\n"
        "Bring ID.\n"
        "\n"
        "- One\n"
        "- Two\n"
        "\n"
        "- First\n"
        "\n"
        "Schedule\n"
        "Mon 9:00\n"
        "\n"
        "Quoted\n"
        "\n"
        "Team\n"
        "\n"
        "Apply (https://jobs.example.com/apply) Logo"
    )


def test_breaks_entities_and_whitespace() -> None:
    html = "<div>  a&nbsp;&amp;&lt;b&gt;\n\n  c  <br>d<br><br>e</div>   <p> </p><p>f &#8212; g</p>"
    assert to_plain_text(html) == "a &<b> c\nd\n\ne\n\nf \N{EM DASH} g"


def test_nested_lists_are_indented() -> None:
    html = "<ul><li>a<ul><li>b</li><li><p>c</p></li></ul></li><li>d</li></ul><p>after</p>"
    assert to_plain_text(html) == "- a\n  - b\n  - c\n- d\n\nafter"


def test_links_show_their_url_unless_the_text_is_the_url() -> None:
    html = (
        '<p><a href="https://a.example/x">Apply</a>, <a href="https://a.example/">'
        'https://a.example</a>, <a href="mailto:hr@a.example">hr@a.example</a>, '
        '<a href="https://a.example/logo"><img alt=""></a>.</p>'
    )
    assert to_plain_text(html) == (
        "Apply (https://a.example/x), https://a.example, hr@a.example, https://a.example/logo."
    )


def test_plain_text_ignores_hostile_content() -> None:
    html = (
        "<head><title>t</title><style>p{}</style></head><p>Hi<script>alert('x')</script> "
        '<a href="javascript:alert(1)">click</a> <a href="/rel">here</a></p><p>un<b>closed'
    )
    assert to_plain_text(html) == "Hi click here\n\nunclosed"


def test_plain_text_has_no_trailing_spaces_or_blank_edges() -> None:
    text = to_plain_text("<br><p>  x  </p><table><tr><td>a</td><td> </td></tr></table><br>")
    assert text == "x\n\na"
    assert all(line == line.strip() for line in text.splitlines())
    assert to_plain_text("") == ""


def test_a_template_keeps_its_tokens_in_text_and_links() -> None:
    from talkpush_desktop.engine.messaging.email_html import sanitize_template

    html = (
        '<p>Hi <%= @candidate_name || "there" %>, <a href="<%= @webdialout %>">start</a>'
        "<script>x()</script></p>"
    )
    assert sanitize_template(html) == (
        '<p>Hi <%= @candidate_name || "there" %>, '
        '<a href="<%= @webdialout %>" rel="noopener noreferrer">start</a></p>'
    )
