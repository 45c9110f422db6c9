"""Columns that fit the table's width: every header readable, the text column stretched.

At 1280×800 with both docks open a desk panel has about 700 px; sized to their contents the
risk register's eight columns need a thousand, so the owner and the dates went off-screen
behind a scroll bar. ``fit_columns`` keeps one column (the text a KAM reads: a description,
an activity, a signal's detail) stretched over what is left and, when the others do not
fit beside it, trims the widest of them first, never below its header's words. A trimmed
cell is elided in the middle (a long name keeps its start and its end) and shows the whole
text as its tooltip. The fit is made again whenever the table changes width.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyle,
    QTableView,
    QToolTip,
)

STRETCH_SHARE = 0.34  # the text column keeps at least a third of the width
SHORT = 96  # px: a value narrower than this keeps its whole width
FITTERS: dict[int, ColumnFit] = {}  # by the view's id: one fitter per view


def header_of(view: QAbstractItemView) -> QHeaderView:
    return view.horizontalHeader() if isinstance(view, QTableView) else view.header()  # type: ignore[attr-defined]


def header_need(view: QAbstractItemView, column: int) -> int:
    """The width the header's words of ``column`` need to show whole (in bold: a header
    over a selected row is drawn bold)."""
    header = header_of(view)
    model = view.model()
    text = str(model.headerData(column, Qt.Orientation.Horizontal) or "") if model else ""
    margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    mark = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, header) \
        if header.isSortIndicatorShown() else 0
    bold = QFont(header.font())
    bold.setBold(True)
    return QFontMetrics(bold).horizontalAdvance(text) + 2 * margin + mark + 6


class ColumnFit(QObject):
    """Keeps ``view``'s columns inside its viewport (see the module's docstring)."""

    def __init__(self, view: QAbstractItemView, stretch: int,
                 optional: tuple[int, ...] = ()) -> None:
        super().__init__(view)
        self.view, self.stretch, self.optional = view, stretch, optional
        view.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        if isinstance(view, QTableView):
            view.setWordWrap(False)  # elided on one line, not wrapped into a cut second one
        header = header_of(view)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        view.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Resize:
            self.fit()
        elif event.type() == QEvent.Type.ToolTip:
            return self._tooltip(event)
        return False

    def fit(self) -> None:
        view, header = self.view, header_of(self.view)
        room = view.viewport().width()
        columns = list(range(header.count()))
        content = {c: view.sizeHintForColumn(c) for c in columns}
        # a short value (a status, a date) is never elided; a long one (a name) may be
        floor = {c: max(header_need(view, c), min(content[c], SHORT)) for c in columns}
        budget = room - max(floor[self.stretch], int(room * STRETCH_SHARE))
        hidden = list(self.optional)  # what a narrow table leaves out; the first comes back first
        while hidden and sum(floor[c] for c in columns
                             if c != self.stretch and c not in hidden) <= budget - floor[hidden[0]]:
            hidden.pop(0)
        for c in self.optional:
            header.setSectionHidden(c, c in hidden)
        others = [c for c in columns if c != self.stretch and c not in hidden]
        if not others:
            return
        want = {c: max(floor[c], content[c]) for c in others}
        widths = trimmed(want, floor, budget)
        for c, width in widths.items():
            header.resizeSection(c, width)

    def _tooltip(self, event: QEvent) -> bool:
        """The whole text of a cell too narrow for it."""
        pos = event.pos()  # type: ignore[attr-defined]
        index = self.view.indexAt(pos)
        if not index.isValid():
            return False
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        if index.data(Qt.ItemDataRole.ToolTipRole):
            return False  # the cell's own tooltip says more
        rect = self.view.visualRect(index)
        if text and self.view.fontMetrics().horizontalAdvance(text) + 8 > rect.width():
            QToolTip.showText(event.globalPos(), text, self.view, rect)  # type: ignore[attr-defined]
            return True
        return False


def trimmed(want: dict[int, int], floor: dict[int, int], budget: int) -> dict[int, int]:
    """Widths no larger than wanted, summing to at most ``budget`` where the floors allow:
    one cap for all (the widest are trimmed first), never below a column's floor."""
    if sum(want.values()) <= budget:
        return dict(want)
    low, high = 0, max(want.values())
    while low < high:  # the largest cap that fits
        cap = (low + high + 1) // 2
        if sum(max(floor[c], min(w, cap)) for c, w in want.items()) <= budget:
            low = cap
        else:
            high = cap - 1
    return {c: max(floor[c], min(w, low)) for c, w in want.items()}


def fit_columns(view: QAbstractItemView, stretch: int, optional: tuple[int, ...] = ()
                ) -> ColumnFit:
    """Fit ``view``'s columns now and on every resize; ``stretch`` is the text column.
    ``optional`` columns (shown elsewhere too) are hidden while the others would not fit
    beside them; the first of them comes back first as the table widens. Call again after a
    refill (the contents' widths changed): the same fitter is reused."""
    key = id(view)
    fitter = FITTERS.get(key)
    if fitter is None or fitter.view is not view:
        fitter = FITTERS[key] = ColumnFit(view, stretch, optional)
        fitter.destroyed.connect(lambda _o=None: FITTERS.pop(key, None))
    fitter.fit()
    return fitter

