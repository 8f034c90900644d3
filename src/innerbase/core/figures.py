"""Numbers shown to a person, written the way people write them. Pure: no Django.

A GAD-7 total is 13, not 13.00; an ECR-R mean is 6.5 or 4.36. Every score, mean and chart
label goes through `figure`, so one page never says 4.00 where another says 4.
"""


def figure(value: float | int | None, places: int = 2, missing: str = "–") -> str:
    """`value` with at most `places` decimals and no trailing zeros; `missing` for None."""
    if value is None:
        return missing
    text = f"{value:.{places}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text == "-0" else text
