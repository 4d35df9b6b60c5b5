"""A real PostgreSQL server for the tests: initdb + pg_ctl into a temporary folder, loopback only.

As root the server runs as the `postgres` user (runuser), as Debian's packages expect. When no
PostgreSQL is installed the tests that need it are skipped — except in CI (CI=true), where a
skipped PostgreSQL test is a failure (`make test` installs Debian's postgresql first).
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import uuid
from contextlib import contextmanager
from pathlib import Path

import pytest


def find_bin(name: str) -> str | None:
    """A PostgreSQL server binary: Debian's versioned folder first, then PATH."""
    for candidate in sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"), reverse=True):
        return candidate
    return shutil.which(name)


def unavailable(reason: str):
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"PostgreSQL is required in CI: {reason}")
    pytest.skip(reason)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextmanager
def running_server():
    """Start a throwaway server; yield its base URL (postgresql+psycopg://postgres@127.0.0.1:PORT)."""
    initdb, pg_ctl = find_bin("initdb"), find_bin("pg_ctl")
    if not (initdb and pg_ctl):
        unavailable("initdb/pg_ctl not found: install Debian's postgresql")
    as_root = os.geteuid() == 0
    prefix = ["runuser", "-u", "postgres", "--"] if as_root else []
    folder = Path(tempfile.mkdtemp(prefix="newsgraph-pg-"))
    if as_root:
        shutil.chown(folder, "postgres", "postgres")
    data, port = folder / "data", _free_port()
    try:
        subprocess.run([*prefix, initdb, "-D", str(data), "-A", "trust", "-U", "postgres", "-E", "UTF8",
                        "--no-instructions"], check=True, capture_output=True)
        options = f"-h 127.0.0.1 -p {port} -k {folder} -c fsync=off -c full_page_writes=off"
        subprocess.run([*prefix, pg_ctl, "-D", str(data), "-o", options, "-l", str(folder / "log"), "-w", "start"],
                       check=True, capture_output=True)
    except subprocess.CalledProcessError as exc:
        log = (folder / "log").read_text() if (folder / "log").exists() else ""
        shutil.rmtree(folder, ignore_errors=True)
        unavailable(f"could not start PostgreSQL: {exc.stderr.decode(errors='replace')[-500:]} {log[-500:]}")
    try:
        yield f"postgresql+psycopg://postgres@127.0.0.1:{port}"
    finally:
        subprocess.run([*prefix, pg_ctl, "-D", str(data), "-m", "immediate", "stop"], capture_output=True)
        shutil.rmtree(folder, ignore_errors=True)


def fresh_database(base_url: str) -> str:
    """Create an empty database on the server and return its URL."""
    import psycopg

    name = f"ng_{uuid.uuid4().hex[:12]}"
    address = base_url.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(f"{address}/postgres", autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    return f"{base_url}/{name}"
