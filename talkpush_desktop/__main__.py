"""Entry point: ``python -m talkpush_desktop`` and the ``talkpush-desktop`` script."""

from __future__ import annotations

import sys

from talkpush_desktop.cli.main import main as _main


def main() -> None:
    if getattr(sys, "frozen", False):  # the bundle: ``serve --workers N`` spawns itself
        import multiprocessing

        multiprocessing.freeze_support()
    sys.exit(_main())


if __name__ == "__main__":
    main()
