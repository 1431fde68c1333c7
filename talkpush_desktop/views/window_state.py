"""The main window's layout: the splitters between its panes, where the layout is remembered
(per user, per platform), and how the geometry, the splitters and the last campaign and
folder are saved and restored."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings, Qt
from PySide6.QtWidgets import QMainWindow, QSplitter, QWidget

from talkpush_desktop.views.campaign_view.list_scope import DEFAULT_FOLDER, ListScope

ORGANIZATION = "Talkpush"
APPLICATION = "Talkpush Desktop"
DEFAULT_SIZES = (246, 366, 386, 402)
"""Navigation, candidate list, conversation, profile (pixels) before anything is remembered."""


def default_settings() -> QSettings:
    """Where the window remembers its layout (per user, per platform)."""
    return QSettings(ORGANIZATION, APPLICATION)


def splitters(
    navigation: QWidget, list_pane: QWidget, chat_pane: QWidget, profile_pane: QWidget
) -> tuple[QSplitter, QSplitter]:
    """The left splitter (navigation, candidate list) and the outer one (the left splitter,
    the conversation, the profile); the conversation takes the extra width."""
    left_splitter = QSplitter(Qt.Orientation.Horizontal)
    left_splitter.setObjectName("leftSplitter")
    left_splitter.addWidget(navigation)
    left_splitter.addWidget(list_pane)
    splitter = QSplitter(Qt.Orientation.Horizontal)
    splitter.setObjectName("mainSplitter")
    for pane in (left_splitter, chat_pane, profile_pane):
        splitter.addWidget(pane)
    for each in (left_splitter, splitter):
        each.setChildrenCollapsible(False)
        each.setHandleWidth(1)
    splitter.setStretchFactor(1, 1)
    return left_splitter, splitter


def save_layout(
    s: QSettings,
    window: QMainWindow,
    splitter: QSplitter,
    left_splitter: QSplitter,
    scope: ListScope,
) -> None:
    """Remember the window's geometry, its splitters and the campaign and folder listed."""
    s.setValue("window/geometry", window.saveGeometry())
    s.setValue("window/state", window.saveState())
    s.setValue("window/splitter", splitter.saveState())
    s.setValue("window/leftSplitter", left_splitter.saveState())
    campaign = scope.campaign_id
    s.setValue("list/campaign", "" if campaign is None else campaign)
    s.setValue("list/folder", scope.folder)
    s.sync()


def restore_layout(
    s: QSettings, window: QMainWindow, splitter: QSplitter, left_splitter: QSplitter
) -> ListScope:
    """Put the window and its splitters back as remembered (default sizes the first time);
    returns the scope of the campaign and folder listed last."""
    geometry = s.value("window/geometry")
    if not (isinstance(geometry, QByteArray) and window.restoreGeometry(geometry)):
        window.resize(1400, 860)
    state = s.value("window/state")
    if isinstance(state, QByteArray):
        window.restoreState(state)
    outer, left = s.value("window/splitter"), s.value("window/leftSplitter")
    restored = (
        isinstance(outer, QByteArray)
        and isinstance(left, QByteArray)
        and splitter.restoreState(outer)
        and left_splitter.restoreState(left)
    )
    if not restored:
        nav, candidates, chat, profile = DEFAULT_SIZES
        left_splitter.setSizes([nav, candidates])
        splitter.setSizes([nav + candidates, chat, profile])
    campaign = str(s.value("list/campaign", "") or "")
    folder = str(s.value("list/folder", DEFAULT_FOLDER) or DEFAULT_FOLDER)
    return ListScope(campaign_id=int(campaign) if campaign.isdigit() else None, folder=folder)
