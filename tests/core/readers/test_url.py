"""URLs against a local http.server on 127.0.0.1 started by the test (no other address is contacted)."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from core.errors import SourceError
from core.readers import read_source
from tests.core.readers.makers import make_pdf
from tests.core.readers.test_html import BODY, PAGE

RELEASE = threading.Event()  # lets the "slow" handler finish once the test is over


class Handler(BaseHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # keep test output quiet
        pass

    def _send(self, status: int, ctype: str, body: bytes, length: bool = True) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        if length:
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:
        path = self.path
        if path == "/article.html":
            self._send(200, "text/html; charset=utf-8", PAGE.encode())
        elif path == "/plain.txt":
            self._send(
                200, "text/plain; charset=utf-8", b"Pier reopens\n\nThe pier reopened on Sunday after repairs.\n"
            )
        elif path == "/report.pdf":
            self._send(200, "application/pdf", make_pdf([["The pier cost 2 million euros to repair."]]))
        elif path == "/image.png":
            self._send(200, "image/png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 64)
        elif path == "/big-declared":
            self._send(200, "text/plain", b"x" * 5000)
        elif path == "/big-streamed":
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.end_headers()
            for _ in range(50):
                self.wfile.write(b"word " * 200)
        elif path.startswith("/hop/"):
            n = int(path.rsplit("/", 1)[1])
            self.send_response(302)
            self.send_header("Location", f"/hop/{n + 1}" if n < 20 else "/article.html")
            self.end_headers()
        elif path == "/to-ftp":
            self.send_response(302)
            self.send_header("Location", "ftp://127.0.0.1/file.txt")
            self.end_headers()
        elif path == "/to-file":
            self.send_response(302)
            self.send_header("Location", "file:///etc/passwd")
            self.end_headers()
        elif path == "/slow":
            RELEASE.wait(5)
            self._send(200, "text/plain", b"too late")
        else:
            self._send(404, "text/html", b"<html><body>Not here</body></html>")


@pytest.fixture(scope="module")
def base(monkeypatch_module: pytest.MonkeyPatch) -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        RELEASE.set()
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="module")
def monkeypatch_module() -> Iterator[pytest.MonkeyPatch]:
    """No proxy from the environment may send the test's requests elsewhere."""
    mp = pytest.MonkeyPatch()
    for name in ("http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"):
        mp.delenv(name, raising=False)
    yield mp
    mp.undo()


def test_html_page(base: str):
    doc = read_source(f"{base}/article.html")
    assert BODY[0] in doc.text and doc.origin == f"{base}/article.html"


def test_plain_text_and_pdf(base: str):
    assert "The pier reopened on Sunday after repairs." in read_source(f"{base}/plain.txt").text
    assert "The pier cost 2 million euros to repair." in read_source(f"{base}/report.pdf").text


def test_redirects_followed_up_to_five(base: str):
    assert BODY[1] in read_source(f"{base}/hop/16").text  # 5 redirects: 16..20, then the page
    with pytest.raises(SourceError, match="redirects more than 5"):
        read_source(f"{base}/hop/0")


@pytest.mark.parametrize(
    ("path", "reason"),
    [
        ("/image.png", "image/png"),
        ("/missing", "404"),
        ("/big-declared", "larger than"),
        ("/big-streamed", "larger than"),
        ("/to-ftp", "non-web address"),
        ("/to-file", r"non-web address \(file:///etc/passwd\)"),
    ],
)
def test_refusals(base: str, path: str, reason: str):
    with pytest.raises(SourceError, match=reason) as info:
        read_source(f"{base}{path}", max_bytes=4096)
    assert info.value.origin == f"{base}{path}"


def test_timeout(base: str):
    with pytest.raises(SourceError, match="did not answer within"):
        read_source(f"{base}/slow", timeout=0.3)


def test_refused_connection():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    with pytest.raises(SourceError, match="refused"):
        read_source(f"http://127.0.0.1:{port}/")


def test_dns_failure(monkeypatch: pytest.MonkeyPatch):
    def fail(*args: object, **kwargs: object) -> None:
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    monkeypatch.setattr(socket, "getaddrinfo", fail)
    with pytest.raises(SourceError, match="host name could not be found"):
        read_source("http://no-such-host.invalid/story")


@pytest.mark.parametrize("spec", ["ftp://127.0.0.1/story.txt", "file:///etc/hostname", "javascript:alert(1)"])
def test_non_http_schemes_refused(spec: str):
    with pytest.raises(SourceError, match="only http"):
        read_source(spec)
