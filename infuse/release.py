"""A release named by the files it is made of, for keys of what a process keeps (a rendering, a
counted report): a deploy that changes those files gives another name, so nothing the older code
kept is read by the newer; one that leaves them as they were keeps what was kept. Read from the
files themselves, so it needs neither .git (the Docker image may have none) nor a deploy step."""

import hashlib
from pathlib import Path


def files_digest(base: Path, patterns, *, seed: bytes = b"") -> str:
    """A digest of `seed` and the files under `base` that the glob `patterns` name: each one's
    path relative to `base` and its contents, in order of path."""
    digest = hashlib.sha256(seed)
    for path in sorted(path for pattern in patterns for path in base.glob(pattern)):
        digest.update(path.relative_to(base).as_posix().encode() + b"\0")
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()[:16]
