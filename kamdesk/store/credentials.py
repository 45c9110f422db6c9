"""A team server's password kept in the system keyring, never in settings or the recent list.

The recent-files list and window titles keep the *shown* form of a URL (its password as
``***``); ``recall`` rebuilds the real URL from the keyring. Without a usable keyring (none
installed, locked, a headless session) nothing fails: ``remember`` says the password was
not stored and ``recall`` returns None, which means "ask the user for it again".

UI hook-up: on a successful open of a URL, put ``remember(url).shown`` in the recent list;
on choosing a recent entry, ``recall(shown)`` → open it, or on None ask for the password and
open ``with_password(shown, typed)``.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass

import keyring
from keyring.errors import KeyringError
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

SERVICE = "kamdesk"
MASK = "***"
_FAILURES = (KeyringError, OSError, RuntimeError, ValueError)


@dataclass(frozen=True)
class Remembered:
    shown: str  # the URL with its password masked: safe for settings, titles and logs
    stored: bool  # False: no keyring took the password; the user will be asked again


def _parse(url: str) -> URL | None:
    try:
        return make_url(url)
    except (ArgumentError, ValueError):
        return None


def _key(url: URL) -> str:
    """The keyring entry's name: the URL without its password."""
    return url._replace(password=None).render_as_string(hide_password=False)


def shown_form(url: str) -> str:
    parsed = _parse(url)
    return url if parsed is None else parsed.render_as_string(hide_password=True)


def remember(url: str) -> Remembered:
    """Store the URL's password in the keyring; the shown form to keep instead of the URL."""
    parsed = _parse(url)
    if parsed is None or parsed.password is None:
        return Remembered(shown_form(url), True)
    try:
        keyring.set_password(SERVICE, _key(parsed), str(parsed.password))
        stored = True
    except _FAILURES:
        stored = False
    return Remembered(parsed.render_as_string(hide_password=True), stored)


def recall(shown: str) -> str | None:
    """The real URL for a shown one, or None when the password must be asked for again."""
    parsed = _parse(shown)
    if parsed is None:
        return None
    if parsed.password is None:
        return shown  # no password needed (trust, peer or a .pgpass)
    if parsed.password != MASK:
        return shown
    try:
        secret = keyring.get_password(SERVICE, _key(parsed))
    except _FAILURES:
        return None
    return None if secret is None else with_password(shown, secret)


def with_password(shown: str, password: str) -> str:
    """The real URL from a shown one and the password the user typed."""
    parsed = make_url(shown)
    return parsed.set(password=password).render_as_string(hide_password=False)


def forget(shown: str) -> None:
    """Remove a remembered password (the user removed the entry or the password changed)."""
    parsed = _parse(shown)
    if parsed is None or parsed.password is None:
        return
    with contextlib.suppress(*_FAILURES):
        keyring.delete_password(SERVICE, _key(parsed))
