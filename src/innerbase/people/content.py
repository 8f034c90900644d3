"""The people list's fixed words: roles in the person's life, the four kinds of support, how
often they are in touch (content/people.json). Pure: no Django import."""

from typing import cast

from innerbase.core import content_files

load = content_files.loader(__file__)


def roles() -> dict[str, str]:
    return cast(dict[str, str], load("people")["roles"])


def support_roles() -> dict[str, dict[str, str]]:
    return cast(dict[str, dict[str, str]], load("people")["support_roles"])


def in_touch() -> dict[str, str]:
    return cast(dict[str, str], load("people")["in_touch"])
