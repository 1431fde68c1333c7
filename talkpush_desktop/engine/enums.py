"""The stored enums the engine hands out (channel, message kind, delivery state, folder).

They are defined beside the tables that store them; views and the command line take them from
here so that they never import ``storage``.
"""

from __future__ import annotations

from talkpush_desktop.storage.models import Channel, DeliveryState, Folder, MessageKind

__all__ = ["Channel", "DeliveryState", "Folder", "MessageKind"]
