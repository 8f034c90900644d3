"""Rules every word a person reads must keep: no phrase from core/content/banned_phrases.json
(safe messaging, no blame, no diagnosis, no method or means words) in any content file or
template, and every text a person reads at reading grade 8 or below (content files, our words
around the questionnaires, templates, the helplines' notes, and the words written in Python:
form labels, hints and errors, messages and the API's errors)."""

import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
import yaml

import python_texts
from content_strings import strings
from reading_rules import (
    MAX_GRADE,
    MIN_WORDS,
    POOL_WORDS,
    found_in,
    grade,
    grade_of_lines,
)

PACKAGE = Path(__file__).resolve().parents[2] / "src" / "innerbase"
CONTENT = sorted(
    path
    for path in PACKAGE.glob("*/content/*.json")
    if path.name != "banned_phrases.json"  # the list itself
)
TEMPLATES = sorted(PACKAGE.rglob("templates/**/*.html"))


def test_the_rules_cover_every_content_file_and_template():
    assert len(CONTENT) >= 10 and len(TEMPLATES) >= 50
    assert {p.parent.parent.name for p in CONTENT} >= {"journal", "thoughts", "safety"}


@pytest.mark.parametrize("path", CONTENT, ids=lambda p: f"{p.parent.parent.name}/{p.name}")
def test_no_content_file_says_a_banned_phrase(path):
    data = json.loads(path.read_text("utf-8"))
    hits = [hit for text in strings(data) for hit in found_in(text)]
    assert hits == []


def test_no_template_says_a_banned_phrase():
    hits = {str(p.relative_to(PACKAGE)): found_in(p.read_text("utf-8")) for p in TEMPLATES}
    assert {name: found for name, found in hits.items() if found} == {}


@pytest.mark.parametrize(
    "text",
    [
        "She committed suicide last year.",
        "You failed the exercise.",
        "You should be over him by now.",
        "Just think positive!",
        "You are a narcissist.",
        "Take the pills.",
    ],
)
def test_the_list_catches_what_it_is_for(text):
    assert found_in(text)


@pytest.mark.parametrize(
    "text",
    [
        "It's been two months. I should be over him by now.",  # the person's thought, a trap
        "Change what you can; let the rest hang loose.",
        "Breathe out slowly.",
    ],
)
def test_the_list_spares_ordinary_words(text):
    assert not found_in(text)


# -- reading grade: every text a person reads, at grade 8 or below ------------------------
# Flesch-Kincaid grade by textstat (a maintained library, a test extra). A grade formula
# counts words per sentence and syllables per word, so it means something only for a sentence:
# a text of MIN_WORDS words or more is measured on its own, and the shorter ones (labels,
# titles, buttons, chips) are measured together, one line each, per file (or, where a file has
# only a few, with the short texts of the other files), which still catches long, rare words.
# Attribute text (aria-label, placeholder) is not measured here. What is exempt, and why:
# Values that are identifiers, never shown: each must look like one (a slug), checked below.
MACHINE_KEYS = {"code", "codes", "default", "for", "id", "key", "kind", "patterns", "stage"}
MACHINE_KEYS |= {"starters", "weight", "parts", "template", "theme", "lessons", "regions"}
# Notes for maintainers inside a content file; no page reads them (checked below).
NOT_SHOWN_KEYS = {"source_note"}
# Whole fields left unmeasured, with the reason. Nothing else is skipped.
EXEMPT_FIELDS = {
    # The names by which these patterns are known in CBT books and in therapy, so a person can
    # recognise them there. Each has a plain definition beside it, which is measured.
    ("thoughts/distortions.json", "label"): "the names of the thinking traps",
    # The guide to therapy: the names of therapies and organisations (a person must find them
    # by those names), references, web addresses with their labels, and check dates and
    # statuses (the page words around them are the template's, measured with it).
    ("learn/therapy.json", "name"): "names of therapies and organisations",
    ("learn/therapy.json", "cite"): "a reference's short form (authors and year)",
    ("learn/therapy.json", "text"): "a reference in full",
    ("learn/therapy.json", "sources"): "the web pages a directory entry was checked on",
    ("learn/therapy.json", "url"): "a web address",
    ("learn/therapy.json", "url_label"): "a web address, shortened",
    ("learn/therapy.json", "last_verified"): "a date",
    ("learn/therapy.json", "status"): "checked or unverified, shown through the template",
}
INSTRUMENTS = sorted((PACKAGE / "assessments" / "instruments").glob("*.yaml"))
# Validated questionnaires are used verbatim (docs/CONTENT.md): their items, answer labels,
# the published instructions and the GAD-7's closing question are never rewritten, so they are
# not measured. Where only part of an instruction is the author's, that part is named here and
# the rest, ours, is measured. A changed instruction no longer starts with its verbatim part,
# and the test fails until someone looks at it.
VERBATIM_INSTRUCTIONS = {
    "ecr-r": "The statements below concern how you feel in emotionally intimate relationships. "
    "We are interested in how you generally experience relationships, not just in what is "
    "happening in a current relationship. Respond to each statement by indicating how much you "
    "agree or disagree with it.",
    "gad-7": "Over the last 2 weeks, how often have you been bothered by the following problems?",
    "scs-sf": "Please read each statement carefully before answering. Indicate how often you "
    "behave in the stated manner, using the following scale:",
    # the first sentence is the UMD form's; "choose the answer that fits" replaces "circle SA"
    "rses": "Below is a list of statements dealing with your general feelings about yourself.",
}


def read_strings(value, key=None):
    """(key, text) for every string in a content file that a person reads."""
    if isinstance(value, str):
        if key not in MACHINE_KEYS | NOT_SHOWN_KEYS:
            yield key, value
    elif isinstance(value, dict):
        for name, item in value.items():
            yield from read_strings(item, name)
    elif isinstance(value, list):
        for item in value:
            yield from read_strings(item, key)


def too_hard(where: str, texts: list[str], *, alone: bool = False) -> list[str]:
    """The texts above MAX_GRADE: long ones each on their own, short ones together. Short
    texts are measured here when they add up to POOL_WORDS words or more (or `alone`); fewer
    are measured with the short texts of every other file (`short_of_small_pools`)."""
    hard = [
        f"{grade(t):.1f} {t}" for t in texts if len(t.split()) >= MIN_WORDS and grade(t) > MAX_GRADE
    ]
    short = shorts(texts)
    if short and (alone or words_in(short) >= POOL_WORDS) and grade_of_lines(short) > MAX_GRADE:
        hardest = sorted(short, key=lambda t: grade_of_lines([t]), reverse=True)[:8]
        hard.append(f"{grade_of_lines(short):.1f} short texts of {where}, hardest: {hardest}")
    return hard


def shorts(texts: list[str]) -> list[str]:
    return [t for t in texts if len(t.split()) < MIN_WORDS and re.search("[A-Za-z]", t)]


def words_in(texts: list[str]) -> int:
    return sum(len(t.split()) for t in texts)


def short_of_small_pools(texts_by_file: list[list[str]]) -> list[str]:
    """The short texts of every file whose own short texts are too few to measure alone."""
    return [
        t for texts in texts_by_file if words_in(shorts(texts)) < POOL_WORDS for t in shorts(texts)
    ]


def shown_texts(path: Path) -> list[str]:
    name = f"{path.parent.parent.name}/{path.name}"
    data = json.loads(path.read_text("utf-8"))
    return [t for key, t in read_strings(data) if (name, key) not in EXEMPT_FIELDS]


@pytest.mark.parametrize("path", CONTENT, ids=lambda p: f"{p.parent.parent.name}/{p.name}")
def test_every_content_text_reads_at_grade_8_or_below(path):
    assert too_hard(path.name, shown_texts(path)) == []


def test_short_texts_of_small_content_files_read_at_grade_8_or_below_together():
    small = short_of_small_pools(
        [shown_texts(p) for p in CONTENT] + [instrument_texts(p) for p in INSTRUMENTS]
    )
    assert words_in(small) >= POOL_WORDS
    assert too_hard("the smaller content files", small, alone=True) == []


def test_identifiers_skipped_by_the_grade_test_are_identifiers():
    """A readable sentence under a machine key would escape the grade test: none may."""

    def machine_values(value, key=None):
        if isinstance(value, str) and key in MACHINE_KEYS:
            yield value
        elif isinstance(value, dict):
            for name, item in value.items():
                yield from machine_values(item, name)
        elif isinstance(value, list):
            for item in value:
                yield from machine_values(item, key)

    values = [v for p in CONTENT for v in machine_values(json.loads(p.read_text("utf-8")))]
    assert len(values) > 300
    assert [v for v in values if not re.fullmatch(r"[a-z0-9_-]+", v)] == []


def test_notes_for_maintainers_are_shown_nowhere():
    code = [p.read_text("utf-8") for p in (*TEMPLATES, *PACKAGE.rglob("*.py"))]
    named = [k for k in NOT_SHOWN_KEYS if any(re.search(rf"\b{k}\b", text) for text in code)]
    assert named == []


def test_the_grade_test_can_fail():
    hard = "Notwithstanding considerable methodological heterogeneity, psychometric evaluation \
necessitates longitudinal administration."
    assert too_hard("a sample", [hard])
    assert too_hard("labels", ["Overgeneralising", "Catastrophising", "Personalising"], alone=True)
    assert not too_hard("a few labels", ["Overgeneralising"])  # pooled with other files instead
    assert not too_hard("a sample", ["Breathe out slowly, a little longer than you breathe in."])


def instrument_texts(path: Path) -> list[str]:
    """What a person reads of a questionnaire that is ours, not the author's verbatim text."""
    data = yaml.safe_load(path.read_text("utf-8"))
    # Not measured: the items and answer labels (verbatim), the scales' published names
    # ("Attachment anxiety", "Self-compassion": readings.json explains each in plain words,
    # and that is measured) and the authors' band labels ("minimal" to "severe").
    texts = [data["measures"], data["licence"]["summary"]]
    texts += [(s.get("norms") or {}).get("percentiles_note") or "" for s in data["subscales"]]
    texts += list((data.get("target_labels") or {}).values())
    verbatim = VERBATIM_INSTRUCTIONS.get(data["code"], "")
    assert data["instructions"].startswith(verbatim), f"{data['code']}: instructions changed"
    texts.append(data["instructions"][len(verbatim) :])
    return [t.strip() for t in texts if t and t.strip()]


@pytest.mark.parametrize("path", INSTRUMENTS, ids=lambda p: p.stem)
def test_our_words_around_each_questionnaire_read_at_grade_8_or_below(path):
    assert too_hard(path.name, instrument_texts(path)) == []


def test_no_questionnaire_asks_to_circle_an_answer_on_a_web_form():
    for path in INSTRUMENTS:
        assert "circle" not in yaml.safe_load(path.read_text("utf-8"))["instructions"].lower()


# -- the words in templates ---------------------------------------------------------------
INLINE = {"a", "abbr", "b", "br", "code", "em", "i", "kbd", "small", "span", "strong", "time"}


class _Texts(HTMLParser):
    """The runs of text a reader meets between block elements. A run made only of links (a
    row of links with dots between them) is a list of separate texts, not one sentence."""

    def __init__(self):
        super().__init__()
        self.runs: list[list[tuple[str, bool]]] = [[]]
        self.hidden = 0
        self.links = 0

    def handle_starttag(self, tag, attrs):
        self.hidden += tag in ("script", "style")
        self.links += tag in ("a", "button")
        if tag not in INLINE:
            self.runs.append([])

    def handle_endtag(self, tag):
        self.hidden -= tag in ("script", "style")
        self.links -= tag in ("a", "button")
        if tag not in INLINE:
            self.runs.append([])

    def handle_data(self, data):
        if not self.hidden:
            self.runs[-1].append((data, self.links > 0))

    def texts(self) -> list[str]:
        found = []
        for run in self.runs:
            outside = "".join(text for text, linked in run if not linked)
            if any(linked for _, linked in run) and not re.search(r"[A-Za-z]", outside):
                found += [text for text, linked in run if linked]
            else:
                found.append("".join(text for text, _ in run))
        found = [" ".join(text.split()) for text in found]
        return [text for text in found if re.search(r"[A-Za-z]{2}", text)]


def template_texts(path: Path) -> list[str]:
    """The template's own words: comments and tags dropped, each {{ value }} read as "it"
    (values from content files are measured at their source)."""
    source = re.sub(r"\{#.*?#\}", " ", path.read_text("utf-8"), flags=re.S)
    source = re.sub(r"\{%.*?%\}", " ", source, flags=re.S)
    source = re.sub(r"\{\{.*?\}\}", " it ", source, flags=re.S)
    parser = _Texts()
    parser.feed(source)
    return parser.texts()


@pytest.mark.parametrize("path", TEMPLATES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_every_template_reads_at_grade_8_or_below(path):
    assert too_hard(path.name, template_texts(path)) == []


def test_short_texts_of_small_templates_read_at_grade_8_or_below_together():
    small = short_of_small_pools([template_texts(p) for p in TEMPLATES])
    assert words_in(small) >= 100
    assert too_hard("the smaller templates", small, alone=True) == []


# -- the helplines' own words -------------------------------------------------------------
HELPLINES = json.loads((PACKAGE / "safety" / "data" / "helplines.json").read_text("utf-8"))
# What the help pages show of a service in words (safety/templates/safety/helpline.html), and
# what they show that is not prose (names, numbers, links, dates) or never show (identifiers,
# sources). A new field fails the first test below until it is put in one of the two.
HELPLINE_SHOWN = {"hours", "notes", "url_label"}
HELPLINE_NOT_PROSE = {
    "name",  # the service's own name: a proper name, read as "Name" where a note says it
    *("call", "call_also", "text", "text_keyword", "url"),
    *("sources", "last_verified", "status", "topic", "audience", "languages"),
}
# Names in the notes that are not a listed service's or country's own, read as "Name" too.
HELPLINE_NAMES = [
    *("Veterans Crisis Line", "ShelterSafe", "One Stop Centres", "WhatsApp", "LGBT+", "SAMU"),
    *("West Bengal", "Iwate", "Miyagi", "Fukushima"),
]
WEB_ADDRESS = re.compile(r"\b[a-z0-9-]+(?:\.[a-z]{2,})+\b")  # "988lifeline.org (chat)"


def helpline_services(data: dict = HELPLINES) -> list[dict]:
    return [s for c in data["countries"].values() for s in c["services"]] + data["international"]


def helpline_texts(data: dict = HELPLINES) -> list[str]:
    """What a person reads of the helplines, each distinct text once ("24 hours, every day"
    is one text, however many services say it), names and web addresses read as "Name"."""
    countries = data["countries"].values()
    services = helpline_services(data)
    names = [s["name"] for s in services] + [c["name"] for c in countries]
    texts = {s[key] for s in services for key in HELPLINE_SHOWN if s.get(key)}
    texts |= {also for c in countries for also in c["emergency"].get("also", [])}  # "(or 112)"
    named = []
    for text in sorted(texts):
        for name in sorted(names + HELPLINE_NAMES, key=len, reverse=True):
            text = text.replace(name, "Name")
        named.append(WEB_ADDRESS.sub("Name", text))
    return named


def test_every_field_of_a_helpline_is_measured_or_not_prose():
    fields = {key for s in helpline_services() for key in s}
    assert fields - HELPLINE_SHOWN - HELPLINE_NOT_PROSE == set()
    assert len(helpline_texts()) >= 40


def test_the_helplines_words_read_at_grade_8_or_below():
    assert too_hard("helplines.json", helpline_texts()) == []


# -- the words written in Python ----------------------------------------------------------
# Form labels, hints, choice labels and errors (Django's own too), messages, form errors, and
# the API's refusals and answers: tests/python_texts.py says how they are found. Each text is
# measured with the other texts of its module, pooled like a content file's. A place whose
# text is not written in the source is named here, with where that text is measured instead.
PYTHON_TEXTS, PYTHON_UNREAD = python_texts.texts_by_file()
MEASURED_ELSEWHERE = {
    ("imports/api.py", "'Use one of: ' + ', '.join(formats.PARSERS) + '.'"): "the source codes",
    ("imports/api.py", "problem.message"): "ImportProblem texts: tests/imports/test_formats.py",
    ("imports/views/pages.py", "problem.message"): "ImportProblem texts, as the line above",
    ("api/site.py", "str(exc)"): "django-ninja's own HttpError text; we raise none (checked)",
    ("assessments/forms.py", "content.readings()['ecr_rs_skip']"): "assessments readings.json",
    ("assessments/forms.py", "question['text']"): "the GAD-7's closing question, verbatim",
    ("assessments/fhir.py", "instrument.raw.get('measures', '')"): "a questionnaire's measures",
    ("accounts/views.py", "warning"): "accounts/lockout.py TRIES_LEFT (its own test below)",
    ("conversations/forms.py", "words['hint']"): "conversations/content/conversations.json",
    ("core/forms.py", "check['label']"): "core/content/distress.json",
    ("core/forms.py", "check['hint']"): "core/content/distress.json",
    ("core/forms.py", "words['error'].format(label=check['label'])"): "core distress.json",
    ("safety/forms.py", "section['title']"): "safety/content/plan.json",
    ("learn/api.py", "path['who']"): "learn/content/paths.json",
    ("checkins/views/pages.py", "words[done]"): "checkins/content/checkins.json",
    ("learn/lessons.py", "str(given['label'])"): "a lesson's try-it (tests/learn)",
    ("practice/api.py", "p['link']['detail']"): "a line of the app that offers the practice",
    ("practice/forms.py", "words['choose']"): "practice/content/no_contact.json",
    ("practice/forms.py", "words['reasons_label']"): "practice/content/no_contact.json",
    ("practice/forms.py", "words['reasons_hint']"): "practice/content/no_contact.json",
    ("practice/views/no_contact.py", "content.no_contact()['contact_happened']"): "no_contact.json",
    ("practice/views/plan.py", "content.hub()['skip_line']"): "practice/content/hub.json",
    ("practice/views/setbacks.py", "words['done']"): "practice/content/setback.json",
    ("safety/forms.py", "section['prompt']"): "safety/content/plan.json",
    ("patterns/forms.py", "step['question']"): "patterns/content/review.json, caregivers.json",
    ("patterns/forms.py", "step['own_label']"): "patterns/content/review.json",
    ("patterns/forms.py", "step['own_hint']"): "patterns/content/review.json",
    ("boundaries/forms.py", "label"): "boundaries/content/boundaries.json fields",
    ("checkins/forms.py", "words[field]"): "checkins/content/checkins.json page",
    ("checkins/forms.py", "words[f'{field}_hint']"): "checkins/content/checkins.json page",
    ("checkins/forms.py", "sign['text']"): "checkins/content/checkins.json signs",
    ("checkins/forms.py", "sign['hint']"): "checkins/content/checkins.json signs",
    ("checkins/views/pages.py", "content.page()['saved']"): "checkins/content/checkins.json",
    ("checkins/views/pages.py", "content.page()['skipped']"): "checkins/content/checkins.json",
}


def test_the_login_tries_warnings_read_plainly():
    from innerbase.accounts.lockout import TRIES_LEFT

    texts = [text.format(minutes=15) for text in TRIES_LEFT.values()]
    assert grade_of_lines(texts) <= MAX_GRADE


def test_every_python_text_not_written_in_place_is_measured_where_it_is():
    assert sorted(set(PYTHON_UNREAD) - set(MEASURED_ELSEWHERE)) == []
    assert not [p for p in python_texts.sources() if "raise HttpError" in p.read_text("utf-8")]


def test_the_python_texts_come_from_every_forms_module_the_messages_and_the_api():
    forms_modules = {f"{p.parent.name}/forms.py" for p in PACKAGE.glob("*/forms.py")}
    assert len(forms_modules) >= 6 and forms_modules <= set(PYTHON_TEXTS)
    assert {"accounts/views.py", "journal/views/entry.py", "journal/api.py"} <= set(PYTHON_TEXTS)
    assert words_in([t for texts in PYTHON_TEXTS.values() for t in texts]) > 1500
    assert "This field is required." in PYTHON_TEXTS["accounts/forms.py"]  # Django's own
    # a constant another module names (form.NO_MATCH), and a message built with .format()
    assert any(
        t.startswith("That username and passphrase") for t in PYTHON_TEXTS["accounts/views.py"]
    )
    assert any("wait it minutes" in t for t in PYTHON_TEXTS["accounts/lockout.py"])


@pytest.mark.parametrize("name", sorted(PYTHON_TEXTS))
def test_every_python_text_reads_at_grade_8_or_below(name):
    assert too_hard(name, PYTHON_TEXTS[name]) == []


def test_short_texts_of_small_python_modules_read_at_grade_8_or_below_together():
    small = short_of_small_pools(list(PYTHON_TEXTS.values()))
    assert words_in(small) >= POOL_WORDS
    assert too_hard("the smaller Python modules", small, alone=True) == []


HARD = "Notwithstanding considerable methodological heterogeneity, psychometric evaluation \
necessitates longitudinal administration."


def test_the_python_grade_test_can_fail(tmp_path):
    source = tmp_path / "views.py"
    source.write_text(
        "from django.contrib import messages\n"
        f"LONG = {HARD!r}\n"
        "def view(request, form):\n"
        "    messages.info(request, LONG)\n"
        "    form.add_error('text', f'Keep it under {LIMIT:,} characters.')\n"
        "    messages.info(request, content()['said'])\n",
        "utf-8",
    )
    found, unread = python_texts.source_texts([source])
    [texts] = found.values()
    assert sorted(texts) == ["Keep it under it characters.", HARD]
    assert too_hard("views.py", texts)
    assert unread == [(python_texts.where(source), "content()['said']")]


def test_a_hard_form_label_is_found_by_importing():
    from django import forms

    class Hard(forms.Form):
        text = forms.CharField(label=HARD, help_text="Plain words.")

    assert HARD in python_texts.field_texts(Hard.base_fields["text"])
    assert too_hard("a form", python_texts.field_texts(Hard.base_fields["text"]))


def test_the_helpline_grade_test_can_fail():
    changed = json.loads(json.dumps(HELPLINES))
    changed["international"][0]["notes"] = HARD
    assert HARD in helpline_texts(changed) and too_hard("helplines.json", helpline_texts(changed))
