#!/usr/bin/env bash
# Debian packages the test suite needs: Chromium for browser tests, HarfBuzz subsetting for
# fast WeasyPrint, poppler for looking at PDFs (pdftotext in the PDF tests), an emoji font so that
# PDFs print what people typed rather than empty boxes, docker-compose (v1) to validate the
# compose file; redis-server (the stack test's own instance, restarted mid-test); LibreOffice Calc
# to read the monitoring workbook as a second reader (the workbook tests convert it to .fods);
# unzip (Info-ZIP, a second reader of the subject-access ZIP).
set -eu
wanted=(chromium libharfbuzz-subset0 poppler-utils fonts-noto-color-emoji docker-compose redis-server libreoffice-calc unzip)
missing=()
for pkg in "${wanted[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
# Node runs Mozilla's ical.js (vendored under tests/) to read calendars as Thunderbird does;
# these machines usually have it already, from whichever source.
command -v node >/dev/null 2>&1 || missing+=(nodejs)
[ ${#missing[@]} -eq 0 ] && exit 0
echo "Installing Debian packages: ${missing[*]}"
if [ "$(id -u)" -ne 0 ]; then SUDO=sudo; else SUDO=; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
for pkg in "${missing[@]}"; do
  if [ "$pkg" = docker-compose ] || [ "$pkg" = libreoffice-calc ]; then
    # Without recommends: only docker-compose's validator is needed, not a Docker engine; and
    # only Calc's headless conversion, not LibreOffice's desktop extras.
    $SUDO apt-get install -y -qq --no-install-recommends "$pkg" >/dev/null
  else
    $SUDO apt-get install -y -qq "$pkg" >/dev/null
  fi
done
