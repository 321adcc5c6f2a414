"""A local SMTP server that writes each message it receives to a folder, one .eml file each:
`make stack`'s outgoing mail, and what the stack test reads.

    python scripts/mailcatcher.py --port 1025 --dir var/stack/mail

A message is written to a temporary name and renamed when complete, so a reader never sees half
of one. Stops on SIGTERM or SIGINT.
"""

import argparse
import itertools
import os
import signal
import threading
import time
from pathlib import Path

from aiosmtpd.controller import Controller


class FolderHandler:
    def __init__(self, folder: Path):
        self.folder = folder
        self.counter = itertools.count(1)
        self.lock = threading.Lock()

    async def handle_DATA(self, server, session, envelope):
        with self.lock:
            number = next(self.counter)
        name = f"{time.strftime('%Y%m%d-%H%M%S')}-{os.getpid()}-{number:05d}"
        partial = self.folder / f".{name}.part"
        # The envelope's recipients, as an SMTP server sees them, ahead of the message itself.
        header = "".join(f"X-Envelope-To: {rcpt}\r\n" for rcpt in envelope.rcpt_tos)
        partial.write_bytes(header.encode() + envelope.original_content)
        partial.rename(self.folder / f"{name}.eml")
        return "250 Message accepted for delivery"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=1025)
    parser.add_argument("--dir", type=Path, required=True)
    args = parser.parse_args()
    args.dir.mkdir(parents=True, exist_ok=True)

    controller = Controller(FolderHandler(args.dir), hostname=args.host, port=args.port)
    controller.start()
    print(f"Mail catcher on {args.host}:{args.port}, writing to {args.dir}", flush=True)
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    signal.signal(signal.SIGINT, lambda *_: stop.set())
    stop.wait()
    controller.stop()


if __name__ == "__main__":
    main()
