#!/usr/bin/env bash
# Installs WeasyPrint 70.0 from PyPI (Debian's 57.2 cannot write tagged PDFs) into a virtual
# environment of its own, /opt/casebook/weasyprint-70.0, with the versions pinned in
# weasyprint-requirements.txt, and links /usr/local/bin/weasyprint to it, so that casebook
# finds it on the PATH before Debian's. Needs the network once; works offline afterwards.
# Safe to run again: it does nothing when that version is already there.
# scripts/install-system-packages.sh runs it after the Debian packages it needs (Pango, venv).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
version=70.0
venv=/opt/casebook/weasyprint-$version
link=/usr/local/bin/weasyprint
sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"
if [ "$("$venv/bin/weasyprint" --version 2>/dev/null || true)" != "WeasyPrint version $version" ]; then
  echo "installing WeasyPrint $version into $venv"
  $sudo rm -rf "$venv"
  # Debian's Python, not whichever one is first on the PATH: the environment must outlive the shell's setup.
  $sudo /usr/bin/python3 -m venv "$venv"
  $sudo "$venv/bin/pip" install --quiet --disable-pip-version-check --no-cache-dir -r "$here/weasyprint-requirements.txt"
fi
[ "$(readlink "$link" 2>/dev/null || true)" = "$venv/bin/weasyprint" ] || $sudo ln -sfn "$venv/bin/weasyprint" "$link"
