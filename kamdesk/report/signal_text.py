"""A signal as a sentence in the document's language.

The sentence and its values come from kamdesk.graph (``Signal.sentence``, ``params``); the
report only marks our people among the names, so that namesakes can be told apart.
"""

from __future__ import annotations

from kamdesk.graph import signals
from kamdesk.report.context import Context


def signal_text(s: signals.Signal, ctx: Context) -> str:
    # numbers as the language writes them ("4,5" in Russian), our people marked
    params = {k: ctx.number(v) if isinstance(v, float) else v for k, v in s.params.items()}
    if s.kind is signals.SignalKind.LEVEL_MISMATCH and len(s.subjects) > 1:
        params["ours"] = ctx.who(s.subjects[1])
    try:
        return ctx.t.text(s.sentence, params)
    except (KeyError, IndexError):  # a sentence whose values the signal does not carry
        return s.detail
