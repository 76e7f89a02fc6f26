#!/usr/bin/env python3
"""Writes the bad-input fixtures next to this script. Needs ImageMagick's `convert` and the sample images.

Run from the repository root: python3 src/test/resources/org/cnnlab/imaging/make-fixtures.py
"""
import os
import struct
import subprocess
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
SAMPLES = os.path.join(os.getcwd(), "sample-images")


def out(name):
    return os.path.join(HERE, name)


def chunk(kind, data):
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)


def png(width, height, bit_depth, color_type, idat):
    ihdr = struct.pack(">IIBBBBB", width, height, bit_depth, color_type, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", idat) + chunk(b"IEND", b"")


# A zero-byte file with an image name.
open(out("empty.png"), "wb").close()

# A text file named like a PNG.
with open(out("text-named.png"), "w", encoding="utf-8") as f:
    f.write("This is not a picture.\nIt is a note somebody saved with the wrong name.\n")

# The start of a PDF named like a JPEG.
with open(out("pdf-named.jpg"), "wb") as f:
    f.write(b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")

# A real JPEG (40x30, from chelsea.png) named .png.
subprocess.run(["convert", os.path.join(SAMPLES, "chelsea.png"), "-resize", "40x30!", "-quality", "90",
                "jpeg:" + out("jpeg-named.png")], check=True)

# A header that claims 20000x20000 RGB (400 MP, 1.2 GB decoded) followed by a 2-byte, invalid IDAT.
with open(out("huge-header.png"), "wb") as f:
    f.write(png(20000, 20000, 8, 2, b"\x78\x9c"))

# A complete, valid 20000x20000 1-bit gray PNG (all black): 50 MB of raw rows that deflate to ~50 KB,
# so a subsampled decode can really run.
row = b"\x00" + bytes((20000 + 7) // 8)
compressor = zlib.compressobj(9)
parts = [compressor.compress(row) for _ in range(20000)]
parts.append(compressor.flush())
with open(out("huge-1bit.png"), "wb") as f:
    f.write(png(20000, 20000, 1, 0, b"".join(parts)))

# A baseline JPEG (160x107 from china.jpg) cut after 55% of its bytes: the bottom is missing.
full = out("truncated-full.tmp.jpg")
subprocess.run(["convert", os.path.join(SAMPLES, "china.jpg"), "-resize", "160x107!", "-quality", "90",
                "-interlace", "none", full], check=True)
data = open(full, "rb").read()
os.remove(full)
with open(out("truncated.jpg"), "wb") as f:
    f.write(data[: int(len(data) * 0.55)])

# A 16x16 RGB PNG whose IDAT holds bytes that are not a zlib stream.
with open(out("corrupt.png"), "wb") as f:
    f.write(png(16, 16, 8, 2, bytes(range(7, 207))))

# A pure red 4x2 PNG and BMP for the channel-order tests.
subprocess.run(["convert", "-size", "4x2", "xc:#ff0000", "-define", "png:color-type=2", out("red.png")], check=True)
