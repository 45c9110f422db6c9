"""What opening an account shows first, kept as pixels in the workspace's ``caches`` table.

Loading an account is most of opening it (the plain sqlite3 fetch of 10,000 people alone is
85–99 ms), so a chart painted only after the load cannot appear within a few frames. When a
chart's layout is kept (``layout_cache``: the chart has settled), the view also renders what
opening the account would show at once — the top of the chart at full size, nothing
selected — and keeps those pixels under the same stamp as the layout. Opening the account
again reads that one row (``ui/opening``), paints it before a single person is loaded, and
then loads the account and restores the kept layout whole, which paints the same pixels.

The picture is of the whole view (the legend's strip and the scroll bars too: the viewport
is smaller once an account is shown). What the pixels depend on besides the account's rows
is their ``fingerprint``: the size of the view, the language, today's date (overdue
contacts), the cards collapsed, the lines and the colour overlay shown. A first view is
used only when its stamp is the account's newest history entry (``store/caching``: never
another process's older state) and its fingerprint is the view's now; anything else opens
the usual way. A reused layout keeps nothing new, so the view checks a while after
(``ensure``) that the first view kept is for the window as it is now (resized since?).

The bytes are data only (a JSON head, then zlib-compressed 32-bit pixels), checked before
use: a ``.kam`` file may come from anyone.
"""

from __future__ import annotations

import hashlib
import json
import struct
import zlib
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings
from PySide6.QtGui import QImage

from kamdesk.ui import i18n

if TYPE_CHECKING:
    from kamdesk.store import Workspace
    from kamdesk.ui.chart.layout_cache import LayoutCache
    from kamdesk.ui.chart.view import OrgChartView

FORMAT = 1
MAGIC = b"kamdesk-first-view\x00"
MAX_SIDE = 8192  # pixels: a larger viewport is not kept (nor read back)
LEVEL = 1  # zlib: the chart's background compresses well at the fastest level


def kind(side_value: str) -> str:
    return f"first/{FORMAT}/{side_value}"


def fingerprint(view: OrgChartView, account_id: str, collapsed: list[str]) -> str:
    """Everything besides the account's rows that the first view's pixels depend on."""
    digest = hashlib.sha1("\n".join(sorted(collapsed)).encode()).hexdigest()
    return json.dumps([
        FORMAT, account_id, view.side.value, view.width(), view.height(),
        view.devicePixelRatioF(), i18n.language(), view.today.isoformat(),
        date.today().isoformat(), view.show_influence, view.show_conflicts, view.show_left,
        view.looks.overlay, view.font().toString(), digest])


def saved_collapsed(view: OrgChartView, account_id: str) -> list[str]:
    """The cards the view will open collapsed (as ``OrgChartView.set_document`` reads them)."""
    from kamdesk.ui.chart.view import _strings

    return _strings(QSettings().value(f"collapsed/{account_id}/{view.side}"))


def render(view: OrgChartView, top_first: bool = False) -> QImage | None:
    """The view as opening the account shows it: the top at full size, nothing selected
    or found; None when the view shows something an open would not (focus mode, growing;
    ``top_first``: the growing chart's first frame is what an open shows, ``cold_top``)."""
    if view.looks.focusing or (view.growing and not top_first) or not view.isVisible():
        return None
    state = view.view_state()
    marks = (view.selected, view.highlighted, view.selected_link, view._target)
    view.selected, view.highlighted, view.selected_link, view._target = None, set(), None, None
    try:
        view.show_top()
        image = view.grab().toImage()  # with the legend and the scroll bars
    finally:
        view.selected, view.highlighted, view.selected_link, view._target = marks
        view.restore_view_state(state)
    return image.convertToFormat(QImage.Format.Format_RGB32)


def encode(image: QImage, print_: str) -> bytes:
    head = json.dumps({"fingerprint": print_, "width": image.width(),
                       "height": image.height()}).encode()
    pixels = bytes(image.constBits())[: image.sizeInBytes()]
    return MAGIC + struct.pack("<I", len(head)) + head + zlib.compress(pixels, LEVEL)


def decode(data: bytes, print_: str) -> QImage | None:
    """The pixels kept for ``print_``; None when the bytes are for another view (or not a
    first view at all)."""
    try:
        if not data.startswith(MAGIC):
            return None
        at = len(MAGIC)
        (size,) = struct.unpack_from("<I", data, at)
        head = json.loads(data[at + 4: at + 4 + size])
        if not isinstance(head, dict) or head.get("fingerprint") != print_:
            return None
        width, height = head["width"], head["height"]
        if not (isinstance(width, int) and isinstance(height, int)
                and 0 < width <= MAX_SIDE and 0 < height <= MAX_SIDE):
            return None
        expected = width * height * 4
        inflate = zlib.decompressobj()
        pixels = inflate.decompress(data[at + 4 + size:], expected + 1)
        if len(pixels) != expected or not inflate.eof:
            return None
    except (ValueError, struct.error, zlib.error, KeyError, TypeError):
        return None
    image = QImage(pixels, width, height, width * 4, QImage.Format.Format_RGB32)
    return image.copy()  # its own pixels, not a view of the bytes


def keep(view: OrgChartView, cache: LayoutCache) -> bool:
    """Write the first view of the chart the view shows now, for the workspace's current
    state of the account (False: not kept)."""
    workspace, account_id = cache.workspace, cache.account_id
    stamp = workspace.stamp_of(account_id)
    if stamp is None or view.graph is None or view.graph.id != account_id:
        return False
    image = render(view)
    if image is None or max(image.width(), image.height()) > MAX_SIDE:
        return False
    print_ = fingerprint(view, account_id, sorted(view.collapsed))
    kept = workspace.write_cache(account_id, kind(view.side.value), encode(image, print_),
                                 stamp)
    view.keeper.first_print = print_ if kept else None
    return kept


def ensure(view: OrgChartView, cache: LayoutCache) -> bool:
    """Keep the first view unless the one kept (and current) is this view's already: a
    reused layout keeps nothing, yet the window may have another size than it had."""
    print_ = fingerprint(view, cache.account_id, sorted(view.collapsed))
    if view.keeper.first_print == print_:
        return False
    if read(cache.workspace, view, cache.account_id, print_) is not None:
        view.keeper.first_print = print_
        return False
    return keep(view, cache)


def read(workspace: Workspace, view: OrgChartView, account_id: str,
         print_: str | None = None) -> QImage | None:
    """The kept first view of the account on ``view``, if current and made for it now
    (``print_``: for that fingerprint)."""
    from kamdesk.store import WorkspaceError

    try:
        data = workspace.read_cache(account_id, kind(view.side.value))
    except WorkspaceError:
        return None  # a cache is only a speed-up
    if data is None:
        return None
    if print_ is None:
        print_ = fingerprint(view, account_id, saved_collapsed(view, account_id))
    return decode(data, print_)
