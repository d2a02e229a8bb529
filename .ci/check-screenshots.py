#!/usr/bin/env python3
"""Checks `bva --demo --screenshots DIR`: every page the desktop has was written as a PNG that is
really drawn (not blank, not one flat colour, not tiny). Standard library only (zlib PNG decoding of
the 8-bit RGB/RGBA images Qt writes). Usage: check-screenshots.py DIR [MIN_PAGES]"""
import struct, sys, zlib
from pathlib import Path

EXPECTED = ["dashboard", "products", "orders", "smartshelf", "restock", "marketmate", "reports",
            "settings-integrations", "settings-platform-apps", "settings-account", "settings-appearance",
            "settings-database",
            "command-palette", "consent-window"]


def pixels(path):
    data = path.read_bytes()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise ValueError("not a PNG")
    pos, idat, width = 8, b"", 0
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            width, height, depth, colour, _, _, interlace = struct.unpack(">IIBBBBB", body)
            if depth != 8 or colour not in (2, 6) or interlace:
                raise ValueError(f"unexpected PNG format (depth {depth}, colour {colour})")
            channels = 3 if colour == 2 else 4
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    raw, stride = zlib.decompress(idat), width * channels
    rows, prev = [], bytearray(stride)
    for y in range(height):
        f, line = raw[y * (stride + 1)], bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for i in range(stride):
            a = line[i - channels] if i >= channels else 0
            b, c = prev[i], prev[i - channels] if i >= channels else 0
            if f == 1: line[i] = (line[i] + a) & 255
            elif f == 2: line[i] = (line[i] + b) & 255
            elif f == 3: line[i] = (line[i] + (a + b) // 2) & 255
            elif f == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        rows.append(bytes(line))
        prev = line
    return width, height, channels, rows


def drawn(path):
    width, height, channels, rows = pixels(path)
    if width < 400 or height < 300:
        return f"only {width}x{height}"
    colours = set()
    for y in range(0, height, 7):
        row = rows[y]
        for x in range(0, width, 7):
            colours.add(row[x * channels:x * channels + 3])
    return None if len(colours) >= 12 else f"nearly blank ({len(colours)} colours)"


def main():
    folder = Path(sys.argv[1])
    files = sorted(folder.glob("*.png"))
    problems = []
    for page in EXPECTED:
        if not any(f.stem.split("-", 1)[-1] == page for f in files):
            problems.append(f"{page}: no screenshot")
    for f in files:
        try:
            why = drawn(f)
        except Exception as e:  # a broken file is a failed page
            why = str(e)
        if why:
            problems.append(f"{f.name}: {why}")
    print(f"{len(files)} screenshots in {folder}; {len(problems)} problems")
    for p in problems:
        print("  " + p)
    return 1 if problems or len(files) < len(EXPECTED) else 0


if __name__ == "__main__":
    sys.exit(main())
