"""Markdown to safe HTML, for what a person writes (the journal) and for what we write (the
lessons): one renderer, so both keep the same rules. Pure: no Django import."""

from markdown_it import MarkdownIt

_markdown = MarkdownIt("commonmark", {"html": False}).disable("image")  # no remote images


def render_markdown(text: str) -> str:
    """Markdown to HTML with raw HTML escaped and no images (nothing may load from elsewhere);
    markdown-it refuses javascript:, vbscript:, file: and data: links."""
    return str(_markdown.render(text))
