"""Render the app icon SVG to the 256 px PNG beside it (desktop entries, installers)::

QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/render_app_icon.py
"""

import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"
SIZE = 256

app = QGuiApplication(sys.argv[:1])
renderer = QSvgRenderer(str(ICONS / "talkpush-desktop.svg"))
if not renderer.isValid():
    sys.exit("talkpush-desktop: error: the app icon SVG does not parse")
image = QImage(SIZE, SIZE, QImage.Format.Format_ARGB32_Premultiplied)
image.fill(Qt.GlobalColor.transparent)
painter = QPainter(image)
painter.setRenderHint(QPainter.RenderHint.Antialiasing)
renderer.render(painter)
painter.end()
if not image.save(str(ICONS / "talkpush-desktop.png"), "PNG"):
    sys.exit("talkpush-desktop: error: could not write the app icon PNG")
