#!/usr/bin/env python3
"""Convert scikit-learn's 8x8 digits (UCI optdigits, CC BY 4.0) to Neurite's image format.

  scripts/data/convert-digits.py SOURCE [OUT]

SOURCE is scikit-learn's `digits.csv.gz` or a scikit-learn wheel containing it
(`pip download scikit-learn==1.6.1 --no-deps -d /tmp/skl`); OUT defaults to
`web/data/digits-8x8.bin`. Python 3 standard library only.

The CSV has one image a line: 64 pixel values 0..=16, row-major, then the label 0..=9.
Samples keep the CSV's order. The output is the NRDI format described in
`crates/data/src/images/mod.rs` and `web/data/README.md`:

  b"NRDI", u8 version 1, u32 count, u16 height, u16 width, u8 classes, u8 max value
  (little-endian), then `count` label bytes, then count*height*width pixel bytes.

The result is committed; this script exists so it can be redone and checked.
"""

import gzip
import io
import os
import struct
import sys
import zipfile

MEMBER = "sklearn/datasets/data/digits.csv.gz"
HEIGHT = WIDTH = 8
CLASSES = 10
MAX_VALUE = 16


def read_csv_gz(source):
    if source.endswith(".whl"):
        with zipfile.ZipFile(source) as wheel:
            return gzip.decompress(wheel.read(MEMBER)).decode("ascii")
    with gzip.open(source, "rt", encoding="ascii") as f:
        return f.read()


def convert(text):
    labels, pixels = bytearray(), bytearray()
    for lineno, line in enumerate(io.StringIO(text), 1):
        line = line.strip()
        if not line:
            continue
        values = [int(v) for v in line.split(",")]
        if len(values) != HEIGHT * WIDTH + 1:
            sys.exit(f"line {lineno}: expected {HEIGHT * WIDTH + 1} values, got {len(values)}")
        *image, label = values
        if not 0 <= label < CLASSES or not all(0 <= p <= MAX_VALUE for p in image):
            sys.exit(f"line {lineno}: label or pixel out of range")
        labels.append(label)
        pixels.extend(image)
    header = b"NRDI" + struct.pack("<BIHHBB", 1, len(labels), HEIGHT, WIDTH, CLASSES, MAX_VALUE)
    return header + bytes(labels) + bytes(pixels), len(labels)


def main():
    if len(sys.argv) not in (2, 3):
        sys.exit(__doc__)
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    out = sys.argv[2] if len(sys.argv) == 3 else os.path.join(root, "web/data/digits-8x8.bin")
    data, count = convert(read_csv_gz(sys.argv[1]))
    with open(out, "wb") as f:
        f.write(data)
    print(f"wrote {out}: {count} images, {len(data)} bytes", file=sys.stderr)


if __name__ == "__main__":
    main()
