"""Page machinery shared by every document: paper, footer, anchors and deferred page numbers.

Page numbers that are only known at the end ("page x of y", the contents, "continued on
page N") are drawn by a *deferring canvas*: it keeps every finished page until ``save()``,
then adds the numbers, now that anchors have recorded where each part landed. One layout
pass, no second build.

Bookmarks (the outline) and link targets are made in that same replay, not during layout:
ReportLab numbers a named destination by the page the PDF writer is on when it is defined,
and during layout no page has been handed to the writer yet.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from reportlab.lib.pagesizes import A3, A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph

from kamdesk.report import fonts
from kamdesk.report.blocks import markup
from kamdesk.report.labels import Labels
from kamdesk.report.scripts import visual

PAPERS = {"A4": A4, "A3": A3, "LETTER": LETTER}
MARGIN = 15 * mm
FOOTER_SIZE = 7.5
FOOT_ROOM = 28  # under the frame: the footer line, and the chart's legend above it


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
    """Records the page it lands on under ``key``; a link target, and a bookmark if titled."""

    def __init__(self, key: str, doc: Document, title: str = "", level: int = 0) -> None:
        super().__init__()
        self.key, self.doc, self.title, self.level = key, doc, title, level
        self.width = self.height = 0

    def wrap(self, *_: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.doc.mark(self.canv, self.key, 0, self.title, self.level)


class Heading(Paragraph):
    """A heading that is also its section's link target and bookmark.

    The mark is made when the heading itself is drawn, so it lands on the heading's page even
    when keep-with-next carries the heading over to the next page.
    """

    def __init__(self, text: str, style: ParagraphStyle, key: str, doc: Document, *,
                 level: int = 0, bookmark: str = "") -> None:
        super().__init__(markup(text), style)
        self.key, self.doc, self.level, self.bookmark = key, doc, level, bookmark or text

    def draw(self) -> None:
        self.doc.mark(self.canv, self.key, self.height, self.bookmark, self.level)
        super().draw()


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

    def __init__(self, labels: Labels, paper: str, title: str, account: str,
                 landscape: bool = False) -> None:
        fonts.register()
        self.t = labels
        width, height = paper_size(paper)
        self.size = (max(width, height), min(width, height)) if landscape else (width, height)
        self.title = title
        self.account = account
        self.anchors: dict[str, int] = {}
        self.frame_width = self.size[0] - 2 * MARGIN
        self.frame_height = self.size[1] - 2 * MARGIN - FOOT_ROOM
        self._deferred: dict[int, list[Deferred]] = {}
        self.legend_pages: set[int] = set()  # pages that get the chart's legend
        self.legend: Callable[[Canvas, float, float, float], None] | None = None
        self.confidential = ""

    def mark(self, canv: Canvas, key: str, y: float, title: str = "", level: int = 0) -> None:
        """Make ``key`` a link target at height ``y`` of the current flowable (and a bookmark).

        The first mark of a key wins, as for the anchors.
        """
        if key in self.anchors:
            return
        self.anchors[key] = canv.getPageNumber()
        top = canv.absolutePosition(0, y)[1] + 12

        def place(c: Canvas, _: dict[str, int]) -> None:
            c.bookmarkPage(key, fit="XYZ", top=top)
            if title:
                c.addOutlineEntry(" ".join(title.split())[:120], key, level, closed=level > 0)

        self.defer(canv, place)

    @staticmethod
    def link(canv: Canvas, key: str, rect: tuple[float, float, float, float]) -> None:
        """A clickable area (absolute page coordinates) that jumps to the mark ``key``."""
        canv.linkRect("", key, rect, relative=0, thickness=0)

    def defer(self, canv: Canvas, draw: Deferred) -> None:
        """Draw on the current page at the end, when every anchor is known."""
        self._deferred.setdefault(canv.getPageNumber(), []).append(draw)

    def anchor(self, key: str, title: str = "", level: int = 0) -> Anchor:
        return Anchor(key, self, title, level)

    def heading(self, text: str, style: ParagraphStyle, key: str, level: int = 0,
                bookmark: str = "") -> Heading:
        return Heading(text, style, key, self, level=level, bookmark=bookmark)

    def write(self, story: Sequence[Flowable], target: Path) -> None:
        """Lay out and write the story; the file appears whole or not at all."""
        target = Path(target)
        # beside the target, so that the final rename is atomic
        handle, temp = tempfile.mkstemp(prefix=".kamdesk-", suffix=".pdf", dir=target.parent)
        os.close(handle)
        try:
            doc = BaseDocTemplate(temp, pagesize=self.size, leftMargin=MARGIN,
                                  rightMargin=MARGIN, topMargin=MARGIN,
                                  bottomMargin=MARGIN + FOOT_ROOM,
                                  title=f"{self.title}: {self.account}",
                                  author="kamdesk", creator="kamdesk")
            frame = Frame(MARGIN, MARGIN + FOOT_ROOM, self.frame_width, self.frame_height,
                          leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
            doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
            doc.build(list(story), canvasmaker=self._canvas_maker())
            os.chmod(temp, 0o666 & ~current_umask())  # mkstemp made it private (0600)
            os.replace(temp, target)
        except BaseException:
            Path(temp).unlink(missing_ok=True)
            raise

    def _canvas_maker(self) -> Callable[..., Canvas]:
        document = self

        class DeferringCanvas(Canvas):
            _fontname: str  # ReportLab's current font, set by setFont
            _fontsize: float
            def __init__(self, *args: Any, **kwargs: Any) -> None:
                kwargs["initialFontName"] = fonts.REGULAR  # else an unused Helvetica is listed
                super().__init__(*args, **kwargs)
                self._pages: list[dict[str, Any]] = []

            # Every string drawn on the page (cells, cards, footers) passes here: right-to-
            # left text is put in display order, and runs DejaVu lacks get the fallback font.
            def drawString(self, x: float, y: float, text: str,  # noqa: N802
                           *args: Any, **kwargs: Any) -> None:
                text = visual(text)
                parts = fonts.runs(text, self._fontname)
                if len(parts) == 1 and parts[0][0] == self._fontname:
                    Canvas.drawString(self, x, y, parts[0][1], *args, **kwargs)
                    return
                font, size = self._fontname, self._fontsize
                for name, part in parts:
                    self.setFont(name, size)
                    Canvas.drawString(self, x, y, part)
                    x += self.stringWidth(part, name, size)
                self.setFont(font, size)

            def drawRightString(self, x: float, y: float, text: str,  # noqa: N802
                                *args: Any, **kwargs: Any) -> None:
                wide = fonts.width(text, self._fontsize, self._fontname == fonts.BOLD)
                self.drawString(x - wide, y, text)

            def drawCentredString(self, x: float, y: float, text: str,  # noqa: N802
                                  *args: Any, **kwargs: Any) -> None:
                wide = fonts.width(text, self._fontsize, self._fontname == fonts.BOLD)
                self.drawString(x - wide / 2, y, text)

            def showPage(self) -> None:  # noqa: N802 - ReportLab's name
                self._pages.append(dict(self.__dict__))
                self._startPage()  # type: ignore[attr-defined]  # private, no stub

            def save(self) -> None:
                total = len(self._pages)
                self.showOutline()
                for number, state in enumerate(self._pages, start=1):
                    count: int = getattr(self, "_annotationCount", 0)
                    self.__dict__.update(state)
                    self._annotationCount = count  # annotation names must stay unique
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
        right = self.t("page_of", page=page, total=total)
        room = self.frame_width - fonts.width(right, FOOTER_SIZE) - 12
        secret = f" · {self.confidential}" if self.confidential else ""
        left = clip(f"{self.account} · {self.title}", FOOTER_SIZE,
                    room - fonts.width(secret, FOOTER_SIZE))
        canv.drawString(MARGIN, y, left + secret)
        canv.drawRightString(self.size[0] - MARGIN, y, right)
        if self.legend is not None and page in self.legend_pages:
            self.legend(canv, MARGIN, y + 14, self.frame_width)
        canv.restoreState()


def current_umask() -> int:
    """The process's umask (reading it means setting it; it is put back at once)."""
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


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
