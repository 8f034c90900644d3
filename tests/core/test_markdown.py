"""The one Markdown renderer (journal entries and lessons): raw HTML escaped, no images, no
script links."""

from innerbase.core.markdown import render_markdown


def test_markdown_escapes_html_and_drops_images_and_script_links():
    html = render_markdown("**hi** <b>x</b> ![a](http://elsewhere/x.png) [y](javascript:alert(1))")
    assert "<strong>hi</strong>" in html and "&lt;b&gt;x&lt;/b&gt;" in html
    assert "<img" not in html and 'href="javascript' not in html
