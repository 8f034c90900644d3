#!/usr/bin/env bash
# Re-fetch the vendored front-end files from the npm registry at their pinned versions.
# Nothing is loaded from another host at run time: these files are committed.
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

fetch() {  # package version file-in-package destination-folder
  local pkg=$1 version=$2 file=$3 dest=$4
  (cd "$work" && npm pack --silent "$pkg@$version" >/dev/null)
  local tarball
  tarball=$(ls "$work"/*.tgz)
  mkdir -p "$dest" "$work/x"
  tar -xzf "$tarball" -C "$work/x"
  cp "$work/x/package/$file" "$dest/"
  for licence in "$work"/x/package/LICENSE*; do
    cp "$licence" "$dest/$pkg.$(basename "$licence")"
  done
  echo "$pkg@$version $file" >> "$dest/VERSIONS.txt.new"
  rm -rf "$work/x" "$tarball"
}

# axe-core: accessibility checks injected into pages by the browser tests only.
rm -f tests/browser/vendor/VERSIONS.txt.new
fetch axe-core 4.14.1 axe.min.js tests/browser/vendor
mv tests/browser/vendor/VERSIONS.txt.new tests/browser/vendor/VERSIONS.txt

# DejaVu Sans: the therapist report's PDF font (reports/pdf.py), so any language prints.
rm -f src/innerbase/reports/fonts/VERSIONS.txt.new
fetch dejavu-fonts-ttf 2.37.3 ttf/DejaVuSans.ttf src/innerbase/reports/fonts
fetch dejavu-fonts-ttf 2.37.3 ttf/DejaVuSans-Bold.ttf src/innerbase/reports/fonts
mv src/innerbase/reports/fonts/VERSIONS.txt.new src/innerbase/reports/fonts/VERSIONS.txt
