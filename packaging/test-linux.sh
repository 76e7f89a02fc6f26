#!/usr/bin/env bash
# Installs the CNN Lab .deb on this machine, checks it, and removes it again. Run as root.
#
#   packaging/test-linux.sh [--rebuild]
#
# Reuses target/packaging/cnnlab_*.deb unless it is missing or --rebuild is given (then it runs
# build-linux.sh, ~3 min). Checks, in order: dpkg -i + apt-get -f install; the installed launcher's
# --self-test on the bundled runtime (with a fresh data folder, then again with networking cut off by
# unshare -n); the installed GUI under Xvfb, timed from launch to a visible "CNN Lab" window (cold,
# then warm) with a screenshot that must not be blank; dpkg -P leaves nothing under /opt/cnnlab and no
# menu entry. Writes target/packaging/test-report.txt and target/packaging/screenshot.png.
# .ci/run runs it with --rebuild after the tests (~1 min, plus ~3 min for the build).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="$root/target/packaging"
install_dir=/opt/cnnlab
launcher="$install_dir/bin/CNN Lab"
report="$out/test-report.txt"
work=$(mktemp -d)
xvfb_pid=""
app_pid=""

cleanup() {
  if [ -n "$app_pid" ]; then kill "$app_pid" 2>/dev/null || true; fi
  if [ -n "$xvfb_pid" ]; then kill "$xvfb_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

fail() {
  echo "FAIL: $*" | tee -a "$report" >&2
  exit 1
}
note() {
  echo "$*" | tee -a "$report"
}

[ "$(id -u)" -eq 0 ] || { echo "Run as root: it installs and removes a package." >&2; exit 1; }
missing=()
for spec in xvfb-run:xvfb xdotool:xdotool import:imagemagick; do
  command -v "${spec%%:*}" >/dev/null || missing+=("${spec##*:}")
done
# jpackage's postinst registers the menu entry with xdg-desktop-menu, which fails without a menu
# layout in /etc/xdg/menus; every desktop has one, a bare server or container may not.
[ -d /etc/xdg/menus ] || missing+=(lxmenu-data)
if [ ${#missing[@]} -gt 0 ]; then
  apt-get update -q
  apt-get install -y --no-install-recommends "${missing[@]}"
fi

deb=$(find "$out" -maxdepth 1 -name 'cnnlab_*_amd64.deb' -print -quit 2>/dev/null || true)
if [ "${1:-}" = "--rebuild" ] || [ -z "$deb" ]; then
  "$root/packaging/build-linux.sh"
  deb=$(find "$out" -maxdepth 1 -name 'cnnlab_*_amd64.deb' -print -quit)
fi
mkdir -p "$out"
: > "$report"
note "package: $(basename "$deb"), $(du -m "$deb" | cut -f1) MB"

echo "== installing"
dpkg -i "$deb" || apt-get -f install -y
dpkg -s cnnlab | grep -q '^Status: install ok installed' || fail "the package did not install"
[ -x "$launcher" ] || fail "no launcher at $launcher"
note "installed: $(du -sm "$install_dir" | cut -f1) MB in $install_dir"
desktop_file=$(find /usr/share/applications -maxdepth 1 -name 'cnnlab-*.desktop' -print -quit)
[ -n "$desktop_file" ] || fail "no menu entry in /usr/share/applications"
note "menu entry: $desktop_file ($(grep '^Categories=' "$desktop_file"))"
for mime in application/x-cnnlab-kernels application/x-cnnlab-lesson-pack; do
  grep -q "^MimeType=.*$mime" "$desktop_file" || fail "the menu entry does not open $mime files"
done
note "file associations: $(grep '^MimeType=' "$desktop_file")"

echo "== self-test with the bundled runtime and an empty data folder"
export XDG_DATA_HOME="$work/data"
if ! "$launcher" --self-test > "$work/self-test.txt" 2>&1; then
  cat "$work/self-test.txt" >&2
  fail "the installed self-test failed"
fi
grep -E '^(ok|FAIL|self-test)' "$work/self-test.txt" | tee -a "$report"
[ -d "$XDG_DATA_HOME/cnnlab/native" ] || fail "JavaCPP did not unpack into the data folder $XDG_DATA_HOME/cnnlab/native"
note "native cache: $(du -sm "$XDG_DATA_HOME/cnnlab/native" | cut -f1) MB in the user's data folder"

echo "== self-test without a network"
if unshare -n true 2>/dev/null; then
  unshare -n "$launcher" --self-test > "$work/offline.txt" 2>&1 || { cat "$work/offline.txt" >&2; fail "the self-test failed without a network"; }
  note "offline self-test (unshare -n): $(tail -1 "$work/offline.txt")"
else
  note "offline self-test skipped: unshare -n is not permitted here"
fi

echo "== the installed GUI under Xvfb"
display=:98
Xvfb "$display" -screen 0 1600x1000x24 -nolisten tcp > "$work/xvfb.log" 2>&1 &
xvfb_pid=$!
sleep 1
export DISPLAY="$display"
launch_ms=0
launch_and_time() {
  local start end
  start=$(date +%s%N)
  "$launcher" "$@" > "$work/gui.log" 2>&1 &
  app_pid=$!
  # Polled every 20 ms: xdotool's own --sync waits 0.5 s between tries.
  until xdotool search --onlyvisible --name "CNN Lab" > /dev/null 2>&1; do
    if [ $(( $(date +%s%N) - start )) -gt 60000000000 ]; then
      cat "$work/gui.log" >&2
      fail "no CNN Lab window within 60 s"
    fi
    sleep 0.02
  done
  end=$(date +%s%N)
  launch_ms=$(( (end - start) / 1000000 ))
}
stop_app() {
  kill "$app_pid" 2>/dev/null || true
  wait "$app_pid" 2>/dev/null || true
  app_pid=""
  for _ in $(seq 50); do xdotool search --onlyvisible --name "CNN Lab" > /dev/null 2>&1 || break; sleep 0.2; done
}
launch_and_time
cold_ms=$launch_ms
sleep 4
import -window root "$out/screenshot.png"
stop_app
warm=()
for _ in 1 2 3; do
  launch_and_time
  warm+=("$launch_ms")
  stop_app
done
warm_ms="${warm[*]}"
# As the file manager does for an associated file: the window opens (not the command-line tools).
cp "$root/lessons/kernels/edges.cnnkernels" "$work/edges.cnnkernels"
launch_and_time "$work/edges.cnnkernels"
sleep 3
grep -q 'Usage' "$work/gui.log" && fail "opening a kernel set ran the command-line tools: $(head -3 "$work/gui.log")"
stop_app
note "opening a .cnnkernels file starts the window (${launch_ms} ms)"
note "launch to visible window: ${cold_ms} ms first start after installing, ${warm_ms// / ms, } ms on three warm starts"
deviation=$(convert "$out/screenshot.png" -format '%[fx:standard_deviation]' info:)
note "screenshot: $out/screenshot.png, standard deviation $deviation"
awk -v d="$deviation" 'BEGIN { exit !(d > 0.05) }' || fail "the screenshot is (nearly) blank"
grep -q 'Exception' "$work/gui.log" && fail "the GUI logged an exception: $(grep -m1 Exception "$work/gui.log")"
kill "$xvfb_pid" 2>/dev/null || true
xvfb_pid=""

echo "== uninstalling"
dpkg -P cnnlab
[ ! -e "$install_dir" ] || fail "$install_dir is still there: $(find "$install_dir" | head -5)"
[ -z "$(find /usr/share/applications -maxdepth 1 -name 'cnnlab-*' -print -quit)" ] || fail "the menu entry is still there"
note "uninstalled: nothing left under $install_dir or in /usr/share/applications; user data stays in \$XDG_DATA_HOME/cnnlab"
note "all packaging checks passed"
