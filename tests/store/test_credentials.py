"""Server passwords live in the system keyring; without one, the user is asked again."""

from __future__ import annotations

from collections.abc import Iterator

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail
from keyring.errors import PasswordDeleteError

from kamdesk.store import credentials

URL = "postgresql+psycopg://kam:p%40ss%3Aw0rd@db.example.com:5432/sales?sslmode=require"


class MemoryKeyring(KeyringBackend):
    """A keyring that keeps entries in memory (the system one is not ours to fill)."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.entries.pop((service, username), None) is None:
            raise PasswordDeleteError(username)


@pytest.fixture
def backend(request: pytest.FixtureRequest) -> Iterator[KeyringBackend]:
    before = keyring.get_keyring()
    chosen: KeyringBackend = request.param()
    keyring.set_keyring(chosen)
    try:
        yield chosen
    finally:
        keyring.set_keyring(before)


@pytest.mark.parametrize("backend", [MemoryKeyring], indirect=True)
def test_the_password_goes_to_the_keyring_and_comes_back(backend: MemoryKeyring) -> None:
    kept = credentials.remember(URL)
    assert kept.stored
    assert "p%40ss" not in kept.shown and "p@ss" not in kept.shown and "***" in kept.shown
    assert list(backend.entries.values()) == ["p@ss:w0rd"]
    real = credentials.recall(kept.shown)
    assert real is not None
    from sqlalchemy.engine import make_url

    assert make_url(real) == make_url(URL)
    credentials.forget(kept.shown)
    assert credentials.recall(kept.shown) is None  # forgotten: ask again


@pytest.mark.parametrize("backend", [fail.Keyring], indirect=True)
def test_without_a_keyring_the_user_is_asked_again(backend: KeyringBackend) -> None:
    kept = credentials.remember(URL)
    assert not kept.stored and "w0rd" not in kept.shown
    assert credentials.recall(kept.shown) is None
    typed = credentials.with_password(kept.shown, "p@ss:w0rd")
    from sqlalchemy.engine import make_url

    assert make_url(typed).password == "p@ss:w0rd"
    credentials.forget(kept.shown)  # nothing to forget, no error


def test_a_url_without_a_password_needs_no_keyring() -> None:
    url = "postgresql+psycopg://kam@/sales?host=/run/postgresql"
    kept = credentials.remember(url)
    assert kept.stored and credentials.recall(kept.shown) == kept.shown
