"""A throwaway PostgreSQL server for the test suite, started from the local binaries.

initdb into a temporary folder, listen on a free loopback port, stop and delete at the end.
The server refuses to run as root, so as root it runs as the `postgres` user.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path


class PostgresUnavailable(RuntimeError):
    pass


def find_bindir() -> Path | None:
    override = os.environ.get("NEWSARCHIVE_PG_BINDIR")
    candidates = (
        [override] if override else sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True)
    )
    for candidate in candidates:
        if candidate and (Path(candidate) / "initdb").exists():
            return Path(candidate)
    return None


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@dataclass
class PostgresServer:
    bindir: Path
    datadir: Path
    port: int
    run_as: str | None

    @property
    def admin_url(self) -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/postgres"

    def url(self, database: str) -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{database}"

    def _run(self, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        command = [str(self.bindir / args[0]), *args[1:]]
        if self.run_as:
            command = ["runuser", "-u", self.run_as, "--", *command]
        return subprocess.run(command, check=check, capture_output=True, text=True, timeout=120)

    def start(self) -> None:
        log = self.datadir.parent / "server.log"
        result = self._run(
            "pg_ctl",
            "-D",
            str(self.datadir),
            "-l",
            str(log),
            "-w",
            "-t",
            "60",
            "-o",
            f"-p {self.port} -c listen_addresses=127.0.0.1 -k {self.datadir.parent} "
            "-c fsync=off -c synchronous_commit=off -c full_page_writes=off",
            "start",
            check=False,
        )
        if result.returncode != 0:
            detail = log.read_text(errors="replace") if log.exists() else result.stderr
            raise PostgresUnavailable(f"PostgreSQL did not start: {detail[-2000:]}")
        self._wait_ready()

    def _wait_ready(self) -> None:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            with socket.socket() as sock:
                if sock.connect_ex(("127.0.0.1", self.port)) == 0:
                    return
            time.sleep(0.1)
        raise PostgresUnavailable("PostgreSQL did not accept connections within 30 s")

    def stop(self, mode: str = "fast") -> None:
        self._run("pg_ctl", "-D", str(self.datadir), "-m", mode, "-w", "stop", check=False)

    def is_running(self) -> bool:
        return self._run("pg_ctl", "-D", str(self.datadir), "status", check=False).returncode == 0


def start_server(root: Path | None = None) -> PostgresServer:
    """Start a server in a new temporary folder, or in `root` (kept: a server initialised
    there before is started again with its data)."""
    bindir = find_bindir()
    if bindir is None:
        raise PostgresUnavailable(
            "no PostgreSQL server binaries under /usr/lib/postgresql/*/bin "
            "(Debian: apt-get install postgresql)"
        )
    run_as = None
    if root is None:
        root = Path(tempfile.mkdtemp(prefix="newsarchive-pg-"))
    else:
        root.mkdir(parents=True, exist_ok=True)
    if os.geteuid() == 0:
        try:
            user = pwd.getpwnam("postgres")
        except KeyError as exc:
            raise PostgresUnavailable("running as root and there is no postgres user") from exc
        run_as = "postgres"
        os.chown(root, user.pw_uid, user.pw_gid)
    root.chmod(0o700)
    datadir = root / "data"
    server = PostgresServer(bindir=bindir, datadir=datadir, port=_free_port(), run_as=run_as)
    if (datadir / "PG_VERSION").exists():
        server.start()
        return server
    result = server._run(
        "initdb",
        "-D",
        str(datadir),
        "-U",
        "postgres",
        "--auth=trust",
        "--encoding=UTF8",
        "--locale=C.UTF-8",
        check=False,
    )
    if result.returncode != 0:
        shutil.rmtree(root, ignore_errors=True)
        raise PostgresUnavailable(f"initdb failed: {result.stderr[-2000:]}")
    server.start()
    return server


def destroy(server: PostgresServer) -> None:
    server.stop("immediate")
    shutil.rmtree(server.datadir.parent, ignore_errors=True)
