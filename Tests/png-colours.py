#!/usr/bin/env python3
"""Distinct colours in a sample of a PNG's pixels (every 8th pixel of every 8th row): a blank
screenshot has one or two. Usage: png-colours.py FILE [Y0:Y1] (only the rows between those
fractions of the height). Used by Tests/html-check.sh and Tests/sweep-report-check.sh."""
import struct
import sys
import zlib

data = open(sys.argv[1], "rb").read()
pos, idat, w, h, bpp = 8, b"", 0, 0, 4
while pos < len(data):
    n, kind = struct.unpack(">I4s", data[pos:pos + 8])
    body = data[pos + 8:pos + 8 + n]
    if kind == b"IHDR":
        w, h, depth, ctype = struct.unpack(">IIBB", body[:10])
        bpp = {2: 3, 6: 4}.get(ctype, 4)
    elif kind == b"IDAT":
        idat += body
    pos += 12 + n
raw = zlib.decompress(idat)
lo, hi = map(float, (sys.argv[2] if len(sys.argv) > 2 else "0:1").split(":"))
stride = w * bpp
seen, prev, row = set(), bytearray(stride), 0
for y in range(h):
    f = raw[row]
    line = bytearray(raw[row + 1:row + 1 + stride])
    for i in range(stride):
        a = line[i - bpp] if i >= bpp else 0
        b = prev[i]
        c = prev[i - bpp] if i >= bpp else 0
        if f == 1:
            line[i] = (line[i] + a) & 255
        elif f == 2:
            line[i] = (line[i] + b) & 255
        elif f == 3:
            line[i] = (line[i] + (a + b) // 2) & 255
        elif f == 4:
            p = a + b - c
            pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
            line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
    if y % 8 == 0 and lo * h <= y < hi * h:
        for x in range(0, w, 8):
            seen.add(bytes(line[x * bpp:x * bpp + 3]))
    prev, row = line, row + 1 + stride
print(len(seen))
