"""A therapist report put together from the sections the person chose, each built by its
app through the registry, for the preview page and the PDF alike."""

import datetime as dt

from innerbase.core import registry
from innerbase.core.report_dates import on_paper
from innerbase.reports import content, document


def report_build(
    *,
    user,
    data_key: bytes,
    since: dt.date,
    until: dt.date,
    sections: list[str],
    entries: list[str],
    parts: list[str],
    note: str,
    one_page: bool,
    today: dt.date,
) -> dict:
    words = content.words()
    chosen = {"entries": entries, "parts": parts}
    built = [
        {
            "code": section.code,
            "title": content.section_title(section.code),
            "blocks": section.build(
                user=user, data_key=data_key, since=since, until=until, chosen=chosen
            ),
        }
        for section in registry.report_sections()
        if section.code in sections
    ]
    report = {
        "title": words["title"],
        "range": f"{on_paper(since)} to {on_paper(until)}",
        "prepared": words["prepared"].format(day=on_paper(today)),
        "note": note.strip(),
        "sections": built,
    }
    return document.summary_only(report) if one_page else report
