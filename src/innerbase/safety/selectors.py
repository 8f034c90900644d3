"""What other apps may read of safety: the urges the pause knows, and a country's helplines."""

from innerbase.safety import content, helplines

urges = content.urges  # {key: label}: the journal offers the pause tool's urges too


def helpline_country_name(code: str | None) -> str | None:
    """The name of the country whose helplines a person chose, if it is one we list."""
    country = helplines.for_country(code)
    return country["name"] if country else None
