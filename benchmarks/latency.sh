#!/usr/bin/env bash
# Edit → repaint latency of the kernel sandbox, measured in the running app under Xvfb.
#
#   benchmarks/latency.sh IMAGE [EDITS] [CELL_X CELL_Y]
#
# Starts ./cnnlab on a private Xvfb display with IMAGE as the sandbox's starter image and the
# latency log on, waits for the first start's engine choice to finish, clicks the kernel's centre cell (screen position CELL_X CELL_Y, default: the
# centre cell of a 3x3 kernel in a 1440x900 window at the default layout), and types EDITS values
# (default 43) into it, one every 0.3 s, as a student would. The app logs each edit's time from
# the edit to the end of the repaint of every panel; the first 3 (JIT warm-up) are dropped and the
# rest summarised as p50/p95. Needs xvfb, xdotool and imagemagick (for the screenshot it leaves in
# target/latency-screenshot.png, to check the clicks landed in the kernel).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
image="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
edits="${2:-43}"
cell_x="${3:-}"
cell_y="${4:-}"
home=$(mktemp -d)
display=:96
Xvfb "$display" -screen 0 1920x1080x24 -nolisten tcp > /dev/null 2>&1 &
xvfb=$!
app=""
cleanup() {
  [ -n "$app" ] && kill "$app" 2> /dev/null || true
  kill "$xvfb" 2> /dev/null || true
  rm -rf "$home"
}
trap cleanup EXIT
sleep 1
export DISPLAY="$display" CNNLAB_HOME="$home"
export CNNLAB_JAVA_OPTS="-Dcnnlab.latencyLog=DEBUG -Dcnnlab.starterImage=$image"
"$root/cnnlab" > "$home/app.out" 2>&1 &
app=$!
for _ in $(seq 200); do xdotool search --onlyvisible --name "CNN Lab" > /dev/null 2>&1 && break; sleep 0.2; done
# A first start (this fresh data folder) times the engines in the background to choose the default;
# measure the steady state after that, as every later start is (the choice is remembered).
for _ in $(seq 120); do grep -qs 'default convolution engine' "$home/logs/cnnlab.log" && break; sleep 0.5; done
sleep 2
window=$(xdotool search --onlyvisible --name "CNN Lab" | head -1)
eval "$(xdotool getwindowgeometry --shell "$window")"
# The centre cell of the 3x3 kernel editor, relative to the window, at the default layout.
cell_x="${cell_x:-$((X + 121))}"
cell_y="${cell_y:-$((Y + 407))}"
xdotool mousemove "$cell_x" "$cell_y" click 1
sleep 0.5
for i in $(seq "$edits"); do
  xdotool key ctrl+a type "$(( (i % 9) + 1 ))"
  sleep 0.3
done
sleep 1
import -window root "$root/target/latency-screenshot.png"
log="$home/logs/cnnlab.log"
grep -h 'edit to repaint' "$log" | sed -E 's/.*edit to repaint ([0-9.]+) ms.*/\1/' | tail -n +4 | sort -n > "$home/ms.txt"
n=$(wc -l < "$home/ms.txt")
[ "$n" -gt 0 ] || { echo "no latency lines in $log: did the clicks land in a kernel cell? see target/latency-screenshot.png" >&2; exit 1; }
p50=$(awk -v n="$n" 'NR == int((n + 1) * 0.5) || (NR == 1 && n == 1) {print; exit}' "$home/ms.txt")
p95=$(awk -v n="$n" 'BEGIN { k = int(0.95 * n + 0.999999) } NR == k {print; exit}' "$home/ms.txt")
echo "$(basename "$image"): $n edits, p50 $p50 ms, p95 $p95 ms (max $(tail -1 "$home/ms.txt") ms)"
# Where the time went: the log line splits each edit into compute, queued (waiting for the FX
# thread) and paint.
for part in compute queued paint; do
  grep -h 'edit to repaint' "$log" | tail -n +4 | sed -E "s/.*$part (-?[0-9.]+).*/\1/" | sort -n > "$home/$part.txt"
  m=$(wc -l < "$home/$part.txt")
  [ "$m" -gt 0 ] || continue
  echo "  $part: p50 $(awk -v n="$m" 'NR == int((n + 1) * 0.5) {print; exit}' "$home/$part.txt") ms, p95 $(awk -v n="$m" 'BEGIN { k = int(0.95 * n + 0.999999) } NR == k {print; exit}' "$home/$part.txt") ms"
done
