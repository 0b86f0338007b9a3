#!/usr/bin/env bash
# Renders a workbook the way it prints, to look at what a check wrote:
#   scripts/render-checked.sh demo/quan-7-ke-hoach-2023-checked.xlsx out/
# writes out/<name>.pdf and out/<name>-1.png (first page). Needs Debian's libreoffice-calc and
# poppler-utils (apt-get install -y libreoffice-calc poppler-utils); fonts-crosextra-carlito
# gives LibreOffice Calibri's metrics, so rows wrap and pages break as in Excel.
set -euo pipefail
file=${1:?usage: render-checked.sh <file.xlsx> [out-folder]}
out=${2:-render}
mkdir -p "$out"
name=$(basename "${file%.*}")
# A profile of its own, so a desktop LibreOffice's settings and locks are left alone. Its locale
# is Vietnamese, as on the office's PC: 8664.9 formatted "#,##0.0" shows as 8.664,9.
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
mkdir -p "$profile/user"
cat >"$profile/user/registrymodifications.xcu" <<'XCU'
<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooSetupSystemLocale" oor:op="fuse"><value>vi-VN</value></prop></item>
</oor:items>
XCU
soffice -env:UserInstallation="file://$profile" --headless --convert-to pdf --outdir "$out" "$file" >/dev/null
pdftoppm -png -r 110 -f 1 -l 1 "$out/$name.pdf" "$out/$name"
ls "$out/$name".pdf "$out/$name"-*.png
