#!/usr/bin/env python3
"""Prints the table of wide characters that Sources/RoadmapViews/Canvas/WideCharacters.swift
holds: every code point from U+0300 up that a terminal draws on two columns, as merged
ranges, read from Python's `wcwidth` package (pip install wcwidth), the reference that
TextWidthAgreementTests compares TextWidth with. Rerun it when that reference moves to a
new Unicode version, and paste its output over the table.

Usage: scripts/wide_table.py
"""
import sys

try:
    import wcwidth
except ImportError:
    sys.exit("needs the wcwidth package: python3 -m pip install wcwidth")

ranges = []
for cp in range(0x300, 0x110000):
    if 0xD800 <= cp <= 0xDFFF:
        continue
    if wcwidth.wcwidth(chr(cp)) == 2:
        if ranges and ranges[-1][1] == cp - 1:
            ranges[-1][1] = cp
        else:
            ranges.append([cp, cp])

print(f"    // {len(ranges)} ranges: East Asian Wide and Fullwidth, as wcwidth {wcwidth.__version__} "
      f"gives them (Unicode {wcwidth.list_versions()[-1]}).")
line = "   "
for lo, hi in ranges:
    item = f" 0x{lo:X}...0x{hi:X}," if lo != hi else f" 0x{lo:X}...0x{lo:X},"
    if len(line) + len(item) > 110:
        print(line)
        line = "   "
    line += item
print(line)
