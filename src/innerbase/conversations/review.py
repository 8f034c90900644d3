"""What a page shows after the statement check: the text cut at its flags, and for each kind
found its plain note and a calmer start from the person's own parts. Pure: no Django."""

from __future__ import annotations

from typing import Any

from innerbase.conversations import builder, content
from innerbase.conversations.check import check, kinds_of, pieces


def text_review(text: str, parts: dict[str, str] | None = None) -> dict[str, Any]:
    """{"text", "pieces": [(kind or "", words)], "found": [one dict per kind found]}; with
    `parts` (the builder's four), each kind found offers the part to start from instead."""
    flags = check(text)
    written = content.kinds()
    found = []
    for kind in kinds_of(flags):
        item = {
            **written[kind],
            "kind": kind,
            "words": [flag.words for flag in flags if flag.kind == kind],
        }
        if parts is not None:
            item.update(_calmer(written[kind], parts))
        found.append(item)
    return {"text": text, "pieces": pieces(text, flags), "found": found}


def _calmer(kind: dict[str, str], parts: dict[str, str]) -> dict[str, str]:
    """The kind's own part to start from, if the person wrote it and it is calm; else the
    first of their other parts that is calm; else an invitation to fill the kind's part."""
    preferred = kind["part"]
    order = [preferred, *(p for p in ("feel", "need", "ask", "when") if p != preferred)]
    for part in order:
        start = builder.calmer_start(part, parts)
        if start and not check(start):
            lead = kind["lead"] if part == preferred else content.parts()[part]["try"]
            return {"start": start, "lead": lead}
    return {"start": "", "lead": kind["lead"], "empty": content.words()["empty_part"]}


def statement_review(parts: dict[str, str]) -> dict[str, Any]:
    """The review of the statement the four `parts` make."""
    return text_review(builder.assemble(parts), parts)
