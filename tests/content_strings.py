"""Every string a content file holds, for the tests that read all of a file's words."""


def strings(value):
    """Every string in a decoded JSON or YAML value, at any depth."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from strings(item)
