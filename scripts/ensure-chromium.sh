#!/usr/bin/env bash
# Browser tests drive Debian's chromium (never a downloaded browser). Install it when missing.
set -euo pipefail
bin=${PAPERKG_CHROMIUM:-/usr/bin/chromium}
if [ -x "$bin" ]; then exit 0; fi
echo "ensure-chromium: $bin not found; installing Debian's chromium with apt-get" >&2
sudo_cmd=""
if [ "$(id -u)" != "0" ]; then
  if command -v sudo >/dev/null 2>&1; then sudo_cmd="sudo"; else
    echo "ensure-chromium: run as root or install chromium yourself (apt-get install chromium), or set PAPERKG_CHROMIUM" >&2
    exit 1
  fi
fi
export DEBIAN_FRONTEND=noninteractive
$sudo_cmd apt-get update -q
$sudo_cmd apt-get install -y -q --no-install-recommends chromium fonts-dejavu-core
