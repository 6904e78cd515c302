#!/bin/sh
# What the browser tests need: Debian's Chromium (/usr/bin/chromium) and CJK fonts
# (fonts-noto-cjk), so Chinese text renders and measures as users see it. No browser is ever
# downloaded. npm test runs this first: it does nothing when both are installed, installs them
# with apt-get where this machine allows it (as root, or with passwordless sudo), and otherwise
# says in one line what to install and stops. With --upgrade (CI) it installs or upgrades both
# to the current candidate on every run, to test what a fresh machine gets.
set -eu

NEEDED="The browser tests need Debian's Chromium and CJK fonts: sudo apt-get install chromium fonts-noto-cjk"

installed() {
  [ -x /usr/bin/chromium ] &&
    [ "$(dpkg-query -W -f='${Status}' fonts-noto-cjk 2>/dev/null)" = "install ok installed" ]
}

stop() {
  echo "$NEEDED" >&2
  exit 1
}

if [ "${1:-}" != --upgrade ] && installed; then exit 0; fi

command -v apt-get >/dev/null 2>&1 || stop
if [ "$(id -u)" = 0 ]; then
  as_root=""
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  as_root="sudo -n"
else
  stop
fi

# Quiet when it works; apt-get's whole output when it does not.
log=$(mktemp)
trap 'rm -f "$log"' EXIT
apt_get() {
  $as_root env DEBIAN_FRONTEND=noninteractive apt-get -qq "$@" >>"$log" 2>&1
}
if ! { apt_get update && apt_get install -y --no-install-recommends chromium fonts-noto-cjk; }; then
  cat "$log" >&2
  stop
fi
installed || stop
