#!/bin/sh
# Rebuilds sample-images/ from Debian packages (python3-sklearn, python3-skimage) and ImageMagick.
# Run from the repository root: sh sample-images/make-samples.sh
set -eu
OUT=sample-images
SK=/usr/lib/python3/dist-packages/sklearn/datasets/images
SI=/usr/lib/python3/dist-packages/skimage/data

cp "$SK/china.jpg" "$SK/flower.jpg" "$OUT/"
for f in astronaut.png coins.png chelsea.png coffee.png rocket.jpg brick.png grass.png text.png \
         truncated.jpg multipage.tif multipage_rgb.tif chessboard_GRAY_U16.tif palette_color.png palette_gray.png; do
  cp "$SI/$f" "$OUT/$f"
done

# The textbook 6x6 image: 10 in the left three columns, 0 in the right three (8-bit gray).
convert -size 3x6 xc:'gray(10)' -size 3x6 xc:'gray(0)' +append +repage -depth 8 -define png:color-type=0 "$OUT/textbook-6x6.png"
# Checkerboards: 64x64 with 8-pixel squares, and 32x32 with 1-pixel squares (the highest frequency).
convert -size 64x64 pattern:checkerboard -threshold 50% -depth 8 -define png:color-type=0 "$OUT/checkerboard-64.png"
convert -size 2x2 xc:white -fill black -draw 'point 0,0' -draw 'point 1,1' -write mpr:t +delete \
        -size 32x32 tile:mpr:t -depth 8 -define png:color-type=0 "$OUT/checkerboard-1px.png"
# One photograph in many containers.
convert "$SI/chelsea.png" -colorspace CMYK -quality 92 "$OUT/chelsea-cmyk.jpg"
convert "$SI/chelsea.png" -interlace Plane -quality 90 "$OUT/chelsea-progressive.jpg"
convert "$SI/chelsea.png" -quality 85 "$OUT/chelsea.webp"
convert "$SI/chelsea.png" -type TrueColor BMP3:"$OUT/chelsea.bmp"
convert "$SI/chelsea.png" "$OUT/chelsea.ppm"
convert "$SI/coins.png" "$OUT/coins.pgm"
convert "$SI/chelsea.png" -compress None "$OUT/chelsea.tga"
convert "$SI/chelsea.png" "$OUT/chelsea.psd"
# 16-bit: a horizontal gray ramp 0..65535 and an RGB ramp, both as 16-bit PNG.
convert -size 64x1024 gradient:black-white -rotate 270 +repage -depth 16 -define png:color-type=0 "$OUT/ramp-16bit-gray.png"
convert -size 64x1024 gradient:'#000000000000'-'#ffff80002000' -rotate 270 +repage -depth 16 -define png:color-type=2 "$OUT/ramp-16bit-rgb.png"
# Radiance HDR: float samples.
convert "$SI/chelsea.png" -resize 50% "$OUT/chelsea-small.hdr"
# Icon with two sizes; an animated GIF of a square moving across (4 full frames).
convert "$SI/chelsea.png" -resize 48x48^ -gravity center -extent 48x48 \( +clone -resize 16x16 \) "$OUT/chelsea.ico"
convert -delay 30 -dispose None \
  \( -size 40x40 xc:white -fill '#d62728' -draw 'rectangle 2,14 12,24' \) \
  \( -size 40x40 xc:white -fill '#d62728' -draw 'rectangle 10,14 20,24' \) \
  \( -size 40x40 xc:white -fill '#d62728' -draw 'rectangle 18,14 28,24' \) \
  \( -size 40x40 xc:white -fill '#d62728' -draw 'rectangle 26,14 36,24' \) \
  -loop 0 +repage "$OUT/moving-square.gif"
# A vector drawing (rendered by TwelveMonkeys' Batik-based reader at its declared 120x80 size).
cat > "$OUT/shapes.svg" <<'SVG'
<svg xmlns="http://www.w3.org/2000/svg" width="120" height="80" viewBox="0 0 120 80">
  <rect width="120" height="80" fill="#ffffff"/>
  <rect x="10" y="10" width="40" height="60" fill="#0072b2"/>
  <circle cx="85" cy="40" r="25" fill="#e69f00"/>
  <line x1="0" y1="79" x2="120" y2="79" stroke="#000000" stroke-width="2"/>
</svg>
SVG
