"""`innerbase serve` (what `make run` runs) on a first run: the database is migrated, static
files are collected, and only then is the application built, so its stylesheet is served."""

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

SCRIPT = textwrap.dedent(
    """
    import io, json, sys
    import waitress
    from innerbase import cli

    served = {}
    waitress.serve = lambda app, **kwargs: served.update(app=app)
    try:
        cli.main(["serve", "--port", "8999"])
    except SystemExit:
        pass
    app = served["app"]
    result = {}
    for path in ("/static/css/innerbase.css", "/static/js/journal.js"):
        status = []
        environ = {
            "REQUEST_METHOD": "GET", "PATH_INFO": path, "SERVER_NAME": "127.0.0.1",
            "SERVER_PORT": "8999", "HTTP_HOST": "127.0.0.1:8999", "wsgi.url_scheme": "http",
            "wsgi.input": io.BytesIO(b""), "wsgi.errors": sys.stderr, "QUERY_STRING": "",
        }
        body = b"".join(app(environ, lambda s, h, *a: status.append(s)))
        result[path] = [status[0], len(body)]
    print(json.dumps(result))
    """
)


def test_first_run_serves_the_stylesheet_and_scripts(tmp_path: Path):
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith(("INNERBASE_", "DJANGO_"))},
        "INNERBASE_DATA_DIR": str(tmp_path / "data"),  # nothing collected yet
        "DJANGO_SETTINGS_MODULE": "innerbase.settings",
    }
    env.pop("DATABASE_URL", None)
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT], env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr[-2000:]
    result = json.loads(done.stdout.strip().splitlines()[-1])
    for path, (status, size) in result.items():
        assert status.startswith("200"), (path, status)
        assert size > 100, path
