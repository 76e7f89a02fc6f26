#!/usr/bin/env bash
# Draws packaging/cnnlab.png (256x256): a 3x3 kernel of weights [-1 0 1] in blue, white and orange
# on a dark rounded tile, the edge detector the first lesson starts with. Needs ImageMagick.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
draw=(-fill '#1f2a44' -draw 'roundrectangle 8,8 247,247 40,40')
colours=('#4c8df6' '#f2f2f2' '#f59e0b')
for row in 0 1 2; do
  for col in 0 1 2; do
    x=$((40 + col * 60)); y=$((40 + row * 60))
    draw+=(-fill "${colours[$col]}" -draw "roundrectangle $x,$y $((x + 52)),$((y + 52)) 8,8")
  done
done
convert -size 256x256 xc:none "${draw[@]}" -strip "$here/cnnlab.png"
echo "wrote $here/cnnlab.png"
