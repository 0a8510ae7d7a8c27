"""Command line: ``python -m outpost_mock [--port N] [--url-file PATH] [--spec PATH] [--owner-pid PID]``.

Serves the mock on 127.0.0.1 until interrupted (SIGINT or SIGTERM), or until the process ``--owner-pid``
names has ended. Port 0, the default, lets the system choose a free port; the base URL is printed and,
with ``--url-file``, written to that file.
"""

from __future__ import annotations

import argparse
import os
import socket
import sys
import threading
import time
from pathlib import Path

import uvicorn

from .server import create_app

HOST = "127.0.0.1"
DEFAULT_SPEC = Path(__file__).resolve().parents[3] / "openapi.yaml"


def main(argv: list[str] | None = None) -> int:
    """Parse the arguments, bind the port and serve until stopped."""
    parser = argparse.ArgumentParser(prog="outpost_mock", description=__doc__.split("\n", 1)[0])
    parser.add_argument("--spec", type=Path, default=DEFAULT_SPEC, help="the OpenAPI document (default: %(default)s)")
    parser.add_argument("--port", type=int, default=0, help="the port on 127.0.0.1; 0 picks a free one")
    parser.add_argument("--url-file", type=Path, help="write the base URL to this file once the port is bound")
    parser.add_argument("--owner-pid", type=int, help="stop when the process with this PID has ended")
    arguments = parser.parse_args(argv)

    app = create_app(arguments.spec)
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    listener.bind((HOST, arguments.port))
    base_url = f"http://{HOST}:{listener.getsockname()[1]}/api/v1"
    if arguments.url_file is not None:
        # Written whole under another name first, so a reader never sees half a URL.
        partial = arguments.url_file.with_name(arguments.url_file.name + ".partial")
        partial.write_text(base_url + "\n")
        os.replace(partial, arguments.url_file)
    print(f"Outpost mock serving {arguments.spec} at {base_url}", flush=True)

    # A stop does not wait for answers still running, such as a body a fault trickles in over seconds.
    config = uvicorn.Config(app, log_level="warning", access_log=False, lifespan="off", timeout_graceful_shutdown=1)
    server = uvicorn.Server(config)
    if arguments.owner_pid is not None:
        threading.Thread(target=_stop_after_owner, args=(server, arguments.owner_pid), daemon=True).start()
    server.run(sockets=[listener])
    return 0


def _stop_after_owner(server: uvicorn.Server, owner_pid: int) -> None:
    """Ask ``server`` to shut down once ``owner_pid`` has ended, so a killed test run leaves no server."""
    while _is_running(owner_pid):
        time.sleep(1)
    server.should_exit = True


def _is_running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        pass  # It exists but belongs to another user.
    return True


if __name__ == "__main__":
    sys.exit(main())
