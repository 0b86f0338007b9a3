#!/usr/bin/env bash
# Renders a workbook the way it prints, to look at what a check wrote:
#   scripts/render-checked.sh demo/quan-7-ke-hoach-2023-checked.xlsx out/
# writes out/<name>.pdf and out/<name>-1.png (first page). Needs Debian's libreoffice-calc and
# poppler-utils (apt-get install -y libreoffice-calc poppler-utils).
set -euo pipefail
file=${1:?usage: render-checked.sh <file.xlsx> [out-folder]}
out=${2:-render}
mkdir -p "$out"
name=$(basename "${file%.*}")
# A profile of its own, so a desktop LibreOffice's settings and locks are left alone.
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
soffice -env:UserInstallation="file://$profile" --headless --convert-to pdf --outdir "$out" "$file" >/dev/null
pdftoppm -png -r 110 -f 1 -l 1 "$out/$name.pdf" "$out/$name"
ls "$out/$name".pdf "$out/$name"-*.png
