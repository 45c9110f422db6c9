"""Page machinery shared by every document: paper, footer, anchors and deferred page numbers.

Page numbers that are only known at the end ("page x of y", the contents, "continued on
page N") are drawn by a *deferring canvas*: it keeps every finished page until ``save()``,
then adds the numbers, now that anchors have recorded where each part landed. One layout
pass, no second build.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from reportlab.lib.pagesizes import A3, A4, LETTER
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from kamdesk.report import fonts
from kamdesk.report.labels import Labels

PAPERS = {"A4": A4, "A3": A3, "LETTER": LETTER}
MARGIN = 15 * mm
FOOTER_SIZE = 7.5


class ExportCancelledError(Exception):
    """The user cancelled the export; no file was written."""


Progress = Callable[[int, int], bool]
"""progress(done, total) → False to cancel."""

Deferred = Callable[[Canvas, dict[str, int]], None]
"""Draws on a finished page once the anchors (key → page number) are all known."""


def paper_size(name: str) -> tuple[float, float]:
    try:
        size: tuple[float, float] = PAPERS[name.upper()]
    except KeyError:
        raise ValueError(f"paper must be A4, A3 or Letter, not {name!r}") from None
    return size


class Anchor(Flowable):
    """Records the page it lands on under ``key`` (a section, a chart page)."""

    def __init__(self, key: str, anchors: dict[str, int]) -> None:
        super().__init__()
        self.key = key
        self.anchors = anchors
        self.width = self.height = 0

    def wrap(self, *_: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.anchors.setdefault(self.key, self.canv.getPageNumber())


class Tick(Flowable):
    """Reports progress when layout reaches it; raises ExportCancelledError when told to stop."""

    def __init__(self, done: int, total: int, progress: Progress | None) -> None:
        super().__init__()
        self.done, self.total, self.progress = done, total, progress

    def wrap(self, *_: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        if self.progress is not None and not self.progress(self.done, self.total):
            raise ExportCancelledError


class Document:
    """One PDF being written: the anchors, the deferred drawings and the footer."""

    def __init__(self, labels: Labels, paper: str, title: str, account: str) -> None:
        fonts.register()
        self.t = labels
        self.size = paper_size(paper)
        self.title = title
        self.account = account
        self.anchors: dict[str, int] = {}
        self.frame_width = self.size[0] - 2 * MARGIN
        self.frame_height = self.size[1] - 2 * MARGIN - 12  # room for the footer line
        self._deferred: dict[int, list[Deferred]] = {}

    def defer(self, canv: Canvas, draw: Deferred) -> None:
        """Draw on the current page at the end, when every anchor is known."""
        self._deferred.setdefault(canv.getPageNumber(), []).append(draw)

    def anchor(self, key: str) -> Anchor:
        return Anchor(key, self.anchors)

    def write(self, story: Sequence[Flowable], target: Path) -> None:
        """Lay out and write the story; the file appears whole or not at all."""
        target = Path(target)
        # beside the target, so that the final rename is atomic
        handle, temp = tempfile.mkstemp(prefix=".kamdesk-", suffix=".pdf", dir=target.parent)
        os.close(handle)
        try:
            doc = BaseDocTemplate(temp, pagesize=self.size, leftMargin=MARGIN,
                                  rightMargin=MARGIN, topMargin=MARGIN,
                                  bottomMargin=MARGIN + 12, title=f"{self.title}: {self.account}",
                                  author="kamdesk", creator="kamdesk")
            frame = Frame(MARGIN, MARGIN + 12, self.frame_width, self.frame_height,
                          leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
            doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
            doc.build(list(story), canvasmaker=self._canvas_maker())
            os.replace(temp, target)
        except BaseException:
            Path(temp).unlink(missing_ok=True)
            raise

    def _canvas_maker(self) -> Callable[..., Canvas]:
        document = self

        class DeferringCanvas(Canvas):
            def __init__(self, *args: Any, **kwargs: Any) -> None:
                kwargs["initialFontName"] = fonts.REGULAR  # else an unused Helvetica is listed
                super().__init__(*args, **kwargs)
                self._pages: list[dict[str, Any]] = []

            def showPage(self) -> None:  # noqa: N802 - ReportLab's name
                self._pages.append(dict(self.__dict__))
                self._startPage()  # type: ignore[attr-defined]  # private, no stub

            def save(self) -> None:
                total = len(self._pages)
                for number, state in enumerate(self._pages, start=1):
                    self.__dict__.update(state)
                    document._footer(self, number, total)
                    for draw in document._deferred.get(number, ()):
                        draw(self, document.anchors)
                    Canvas.showPage(self)
                Canvas.save(self)

        return DeferringCanvas

    def _footer(self, canv: Canvas, page: int, total: int) -> None:
        y = MARGIN
        canv.saveState()
        canv.setStrokeColorRGB(0.75, 0.75, 0.75)
        canv.setLineWidth(0.5)
        canv.line(MARGIN, y + 10, self.size[0] - MARGIN, y + 10)
        canv.setFont(fonts.REGULAR, FOOTER_SIZE)
        canv.setFillColorRGB(0.35, 0.35, 0.35)
        left = clip(f"{self.account} · {self.title}", FOOTER_SIZE, self.frame_width * 0.7)
        canv.drawString(MARGIN, y, left)
        canv.drawRightString(self.size[0] - MARGIN, y, self.t("page_of", page=page, total=total))
        canv.restoreState()


def clip(text: str, size: float, width: float, bold: bool = False) -> str:
    """``text`` on one line, cut with an ellipsis to fit ``width`` points."""
    text = " ".join(text.split())
    if fonts.width(text, size, bold) <= width:
        return text
    low, high = 0, len(text)
    while low < high:  # the longest prefix that fits with the ellipsis
        mid = (low + high + 1) // 2
        if fonts.width(text[:mid] + "…", size, bold) <= width:
            low = mid
        else:
            high = mid - 1
    return text[:low] + "…"
