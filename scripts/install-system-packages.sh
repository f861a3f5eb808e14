#!/usr/bin/env bash
# Installs the Debian packages casebook needs to build: the cmark-gfm headers and libraries,
# jemalloc (the casebook program allocates through it: a build spends a fifth of its time in
# glibc's malloc and half as much in jemalloc's, see README, Performance), Pango and Python's
# venv for WeasyPrint (makes the PDFs; install-weasyprint.sh then puts 70.0 from PyPI beside
# them), poppler-utils (the PDF tests read the PDFs with pdfinfo / pdftotext), DejaVu fonts (Cyrillic and the Kyrgyz letters ң ө ү) and zlib (ZIPFoundation
# deflates the bundle with it); unzip checks the bundles in the tests. libvips re-encodes the
# images without their metadata (libvips-dev; libvips-tools and exiftool let the tests make and
# inspect photos).
# Safe to run again: it only calls apt-get when a package is missing.
set -euo pipefail
packages=(libcmark-gfm-dev libcmark-gfm-extensions-dev libjemalloc-dev zlib1g-dev pkg-config libpango-1.0-0 libpangoft2-1.0-0 python3-venv poppler-utils fonts-dejavu-core unzip
          libvips-dev libvips-tools libimage-exiftool-perl)
missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  echo "installing ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi
"$(dirname "$0")/install-weasyprint.sh"
