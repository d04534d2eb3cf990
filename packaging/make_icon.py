"""Rasterise resources/icons/parallax.svg into the PNG and ICO the bundles use (run once after editing it).

    .venv/bin/python packaging/make_icon.py

Uses Qt's SVG renderer (already a dependency) and writes the ICO by hand: an ICO is a small
directory of PNG images, one per size, which every Windows since Vista reads.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def render_png(svg: Path, size: int) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(str(svg)).render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """An ICO file holding one PNG per size (width/height 0 means 256)."""
    header = struct.pack("<HHH", 0, 1, len(pngs))
    offset = 6 + 16 * len(pngs)
    entries, blobs = b"", b""
    for size, png in sorted(pngs.items()):
        dim = 0 if size >= 256 else size
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(png), offset + len(blobs))
        blobs += png
    return header + entries + blobs


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication(sys.argv[:1])
    svg = ICONS / "parallax.svg"
    pngs = {size: render_png(svg, size) for size in ICO_SIZES}
    (ICONS / "parallax.png").write_bytes(render_png(svg, 512))
    (ICONS / "parallax.ico").write_bytes(ico_bytes(pngs))
    print(f"wrote {ICONS / 'parallax.png'} and {ICONS / 'parallax.ico'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
