"""All settings in one object, read from NEWSARCHIVE_* environment variables."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

DEFAULT_SQLITE_PATH = Path("var") / "newsarchive.sqlite3"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="NEWSARCHIVE_", env_file=None, extra="ignore")

    environment: Literal["development", "test", "production"] = Field(
        default="development",
        description="development, test or production. Outside production, a database with no "
        "API token at all leaves writes open (a convenience for local use and the tests); in "
        "production writes always need a token and the service refuses to start without one.",
    )
    database_url: str = Field(
        default=f"sqlite:///{DEFAULT_SQLITE_PATH}",
        description="SQLAlchemy URL; postgresql+psycopg://user:pw@host/db for PostgreSQL",
    )
    max_body_bytes: int = Field(
        default=5 * 1024 * 1024, ge=1024, description="Largest accepted page"
    )
    max_batch_items: int = Field(default=500, ge=1)
    max_page_limit: int = Field(default=200, ge=1, description="Cap on ?limit= for listings")
    default_page_limit: int = Field(default=20, ge=1)

    fetch_allow_hosts: list[str] = Field(
        default_factory=list,
        description="Hosts (or IP addresses) the fetcher may reach even when private; for tests",
    )
    fetch_connect_timeout: float = 5.0
    fetch_read_timeout: float = 10.0
    fetch_total_timeout: float = 30.0
    fetch_max_redirects: int = 5
    fetch_user_agent: str = "newsarchive/0.1 (+https://github.com/newsarchive)"

    read_requires_token: bool = Field(
        default=False, description="Require an API token (read-only or read-write) for reads too"
    )
    max_request_bytes: int = Field(
        default=64 * 1024 * 1024,
        ge=1024,
        description="Largest request body of any route (batches included); 413 above",
    )
    ingest_rate_per_minute: int = Field(
        default=600,
        ge=0,
        description="Sustained write requests per minute per token (per service worker); "
        "0 turns the limit off",
    )
    ingest_rate_burst: int = Field(
        default=60,
        ge=1,
        description="Write requests a token may make at once before the rate limit applies",
    )


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()
