"""The layering contract really fails when a lower layer imports an upper one."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "talkpush_desktop"
FORBIDDEN = {
    "storage": ("talkpush_desktop.engine", "talkpush_desktop.views", "PySide6"),
    "engine": ("talkpush_desktop.views", "PySide6", "shiboken6", "qasync", "pyqtgraph"),
}


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
    return found


def test_no_module_imports_across_its_boundary() -> None:
    offenders = []
    for layer, banned in FORBIDDEN.items():
        for path in (PACKAGE / layer).rglob("*.py"):
            for name in _imports(path):
                if name.startswith(banned):
                    offenders.append(f"{path.relative_to(PACKAGE)} imports {name}")
    assert offenders == []
