"""`newsarchive token create | list | revoke` against a fresh SQLite database, end to end."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from newsarchive.app import StartupRefused, create_app
from newsarchive.config import Settings
from newsarchive.migrate import upgrade

PAGE = "Ministers agree new plan\n\nBEIJING, March 11 (Reuters) - Ministers agreed on a plan.\n"


def test_token_commands_create_list_and_revoke_tokens_the_service_honours(
    tmp_path: Path,
) -> None:
    url = f"sqlite:///{tmp_path / 'archive.sqlite3'}"
    upgrade(url)
    env = {**os.environ, "NEWSARCHIVE_DATABASE_URL": url}

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "newsarchive.cli", "token", *args],
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )

    made = run("create", "scraper")
    read_only = run("create", "dashboard", "--read-only")
    assert made.returncode == 0, made.stderr
    assert read_only.returncode == 0, read_only.stderr
    token = made.stdout.strip()
    reader = read_only.stdout.strip()
    assert token.startswith("na_") and len(token) == 3 + 11 + 1 + 43

    listing = run("list")
    assert listing.returncode == 0
    assert "scraper\twrite" in listing.stdout
    assert "dashboard\tread" in listing.stdout
    assert token not in listing.stdout and token[15:] not in listing.stdout

    settings = Settings(database_url=url, environment="production")
    with TestClient(create_app(settings)) as client:
        ok = client.post(
            "/articles", json={"text": PAGE}, headers={"Authorization": f"Bearer {token}"}
        )
        forbidden = client.delete("/articles/1", headers={"Authorization": f"Bearer {reader}"})
    assert ok.status_code == 201, ok.text
    assert forbidden.status_code == 403

    revoked = run("revoke", "scraper")
    assert revoked.returncode == 0
    assert revoked.stdout.startswith("revoked\t1\tscraper")
    assert run("revoke", "scraper").returncode == 1
    with pytest.raises(StartupRefused), TestClient(create_app(settings)):
        pass  # no read-write token is left
    assert run("create", "backup").returncode == 0
    with TestClient(create_app(settings)) as client:
        refused = client.delete("/articles/1", headers={"Authorization": f"Bearer {token}"})
    assert refused.status_code == 401
