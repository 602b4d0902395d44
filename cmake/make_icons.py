#!/usr/bin/env python3
"""Draws the app icon (the same picture as web/favicon.svg) as PNG files for the web manifest,
with nothing but Python's standard library: install prompts and home screens want bitmaps.

usage: make_icons.py OUTPUT_DIR
writes icon-192.png, icon-512.png (rounded, "any") and icon-maskable-512.png (full bleed, the
mark inside the safe zone that launchers may crop to a circle)
"""
import math
import os
import struct
import sys
import zlib

BACKGROUND = (0x2F, 0x6F, 0x62)
MARK = (0xF7, 0xF5, 0xF0)
# favicon.svg in its 64-unit box: a rounded square and an "L" stroke with round ends.
CORNER = 14.0
STROKE = [(20.0, 14.0), (20.0, 44.0), (44.0, 44.0)]
STROKE_HALF_WIDTH = 3.5


def segment_distance(px, py, a, b):
    ax, ay = a
    bx, by = b
    dx, dy = bx - ax, by - ay
    t = max(0.0, min(1.0, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)))
    return math.hypot(px - (ax + t * dx), py - (ay + t * dy))


def rounded_square_distance(px, py, corner):
    # Signed distance to a 64x64 square with rounded corners (negative inside).
    qx = abs(px - 32.0) - (32.0 - corner)
    qy = abs(py - 32.0) - (32.0 - corner)
    outside = math.hypot(max(qx, 0.0), max(qy, 0.0))
    return outside + min(max(qx, qy), 0.0) - corner


def coverage(signed_distance, units_per_pixel):
    # Anti-aliasing: a one-pixel ramp across the edge.
    return max(0.0, min(1.0, 0.5 - signed_distance / units_per_pixel))


def draw(size, maskable):
    units_per_pixel = 64.0 / size
    # A maskable icon keeps its mark inside the central 80 % circle and fills the whole square.
    mark_scale = 0.72 if maskable else 1.0
    rows = bytearray()
    for y in range(size):
        rows.append(0)  # filter: none
        for x in range(size):
            px, py = (x + 0.5) * units_per_pixel, (y + 0.5) * units_per_pixel
            shape = 1.0 if maskable else coverage(rounded_square_distance(px, py, CORNER), units_per_pixel)
            mx, my = 32.0 + (px - 32.0) / mark_scale, 32.0 + (py - 32.0) / mark_scale
            stroke = min(segment_distance(mx, my, STROKE[i], STROKE[i + 1]) for i in range(len(STROKE) - 1))
            mark = coverage((stroke - STROKE_HALF_WIDTH) * mark_scale, units_per_pixel)
            color = [round(b + (m - b) * mark) for b, m in zip(BACKGROUND, MARK)]
            rows.extend(color + [round(255 * shape)])
    return bytes(rows)


def png(size, pixels):
    """An indexed-colour PNG: the icon blends two colours, so it has fewer than a hundred distinct
    pixels, and one palette index per pixel compresses to about half of RGBA (lossless)."""
    def chunk(kind, data):
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)

    palette = {}
    indexed = bytearray()
    stride = size * 4
    for y in range(size):
        row = pixels[y * (stride + 1) + 1:(y + 1) * (stride + 1)]
        indexed.append(0)  # filter: none (flat areas compress best unfiltered)
        for x in range(size):
            indexed.append(palette.setdefault(bytes(row[x * 4:x * 4 + 4]), len(palette)))
    assert len(palette) <= 256, "the icon has more colours than a palette holds"
    colours = sorted(palette, key=palette.get)
    header = struct.pack(">IIBBBBB", size, size, 8, 3, 0, 0, 0)  # 8-bit palette indices
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) +
            chunk(b"PLTE", b"".join(colour[:3] for colour in colours)) +
            chunk(b"tRNS", bytes(colour[3] for colour in colours)) +
            chunk(b"IDAT", zlib.compress(bytes(indexed), 9)) + chunk(b"IEND", b""))


def write_if_different(path, data):
    if os.path.exists(path):
        with open(path, "rb") as handle:
            if handle.read() == data:
                return
    with open(path, "wb") as handle:
        handle.write(data)


def main():
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    for name, size, maskable in [("icon-192.png", 192, False), ("icon-512.png", 512, False),
                                 ("icon-maskable-512.png", 512, True)]:
        write_if_different(os.path.join(out, name), png(size, draw(size, maskable)))


if __name__ == "__main__":
    main()
