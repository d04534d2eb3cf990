"""http(s) URLs with our own limits: scheme check, timeout, size cap while streaming, 5 redirects.

Only the page's bytes are fetched; nothing on it is run. HTML goes to the HTML
reader, text/plain and PDF to theirs, other content types are refused by name.
"""

from __future__ import annotations

import http.client
import socket
import ssl
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from email.message import Message
from urllib.parse import urljoin, urlsplit

from core.document import Document
from core.errors import SourceError

MAX_REDIRECTS = 5
USER_AGENT = "Parallax/0.1 (article comparison; +https://example.invalid/parallax)"
HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
TEXT_TYPES = frozenset({"text/plain", "text/markdown", "text/x-markdown"})
PDF_TYPES = frozenset({"application/pdf", "application/x-pdf"})
SNIFF_TYPES = frozenset({"", "application/octet-stream", "binary/octet-stream"})
_CHUNK = 64 * 1024


def is_url(spec: str) -> bool:
    """True for anything with a scheme ("http://", "ftp://", "file:"), which read_source treats as a URL."""
    scheme = urlsplit(spec).scheme
    return len(scheme) > 1 and ("://" in spec or scheme in ("file", "mailto", "data", "javascript"))


class _LimitedRedirects(urllib.request.HTTPRedirectHandler):
    """Follow at most MAX_REDIRECTS redirects, and only to http(s)."""

    max_redirections = MAX_REDIRECTS
    max_repeats = MAX_REDIRECTS

    def redirect_request(self, req, fp, code, msg, headers, newurl):  # type: ignore[no-untyped-def]
        if urlsplit(newurl).scheme.lower() not in ("http", "https"):
            raise SourceError(req.full_url, f"it redirects to a non-web address ({newurl})")
        return super().redirect_request(req, fp, code, msg, headers, newurl)

    def http_error_302(self, req, fp, code, msg, headers):  # type: ignore[no-untyped-def]
        """Name a redirect to file:, ftp: and the like before urllib refuses it as a bare HTTP 30x."""
        target = headers.get("location") or headers.get("uri")
        if target:
            newurl = urljoin(req.full_url, target)
            if urlsplit(newurl).scheme.lower() not in ("http", "https"):
                raise SourceError(req.full_url, f"it redirects to a non-web address ({newurl})")
        return super().http_error_302(req, fp, code, msg, headers)

    http_error_301 = http_error_303 = http_error_307 = http_error_308 = http_error_302


def fetch(url: str, *, max_bytes: int, timeout: float) -> tuple[bytes, str, str, str]:
    """Download a page: (body, content type, charset, final URL); SourceError for every failure."""
    scheme = urlsplit(url).scheme.lower()
    if scheme not in ("http", "https"):
        raise SourceError(url, "only http:// and https:// addresses can be read")
    if not urlsplit(url).hostname:
        raise SourceError(url, "the address has no host name")
    opener = urllib.request.build_opener(_LimitedRedirects())
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT, "Accept-Encoding": "identity"})
    deadline = time.monotonic() + 2 * timeout
    try:
        with opener.open(request, timeout=timeout) as response:
            headers: Message = response.headers
            length = headers.get("Content-Length")
            if length and length.isdigit() and int(length) > max_bytes:
                raise SourceError(url, f"the page is larger than the {_mb(max_bytes)} limit")
            ctype = headers.get_content_type() if headers.get("Content-Type") else ""
            charset = headers.get_content_charset() or ""
            body = _read_capped(response.read, url, max_bytes, deadline, timeout)
            return body, ctype, charset, response.geturl()
    except SourceError:
        raise
    except urllib.error.HTTPError as exc:
        raise SourceError(url, _http_reason(exc.code, exc.reason)) from None
    except urllib.error.URLError as exc:
        raise SourceError(url, _network_reason(exc.reason, timeout)) from None
    except TimeoutError:
        raise SourceError(url, f"the server did not answer within {timeout:g} seconds") from None
    except (http.client.HTTPException, ConnectionError) as exc:
        raise SourceError(url, f"the connection failed ({type(exc).__name__})") from None
    except (ValueError, OSError) as exc:
        raise SourceError(url, f"the address could not be opened ({exc})") from None


def _read_capped(read: Callable[[int], bytes], url: str, max_bytes: int, deadline: float, timeout: float) -> bytes:
    chunks: list[bytes] = []
    size = 0
    while True:
        if time.monotonic() > deadline:
            raise SourceError(url, f"the download took longer than {2 * timeout:g} seconds")
        chunk = read(_CHUNK)
        if not chunk:
            return b"".join(chunks)
        size += len(chunk)
        if size > max_bytes:
            raise SourceError(url, f"the page is larger than the {_mb(max_bytes)} limit")
        chunks.append(chunk)


def _http_reason(code: int, reason: object) -> str:
    if code in (301, 302, 303, 307, 308):
        return f"it redirects more than {MAX_REDIRECTS} times (or in a loop)"
    if code == 404:
        return "the server says the page does not exist (HTTP 404 Not Found)"
    if code in (401, 403):
        return f"the server refused access (HTTP {code}); the page may need a login or block robots"
    return f"the server answered with an error (HTTP {code} {reason})"


def _network_reason(reason: object, timeout: float) -> str:
    if isinstance(reason, SourceError):
        return reason.reason
    if isinstance(reason, socket.gaierror):
        return "the host name could not be found (DNS lookup failed; check the address and the network)"
    if isinstance(reason, ConnectionRefusedError):
        return "the server refused the connection"
    if isinstance(reason, (TimeoutError, socket.timeout)):
        return f"the server did not answer within {timeout:g} seconds"
    if isinstance(reason, ssl.SSLError):
        return "the secure (https) connection failed (certificate or TLS problem)"
    return f"the connection failed ({reason})"


def _mb(n: int) -> str:
    return f"{n / (1024 * 1024):g} MB"


def read_url(url: str, *, max_bytes: int, timeout: float) -> Document:
    """Fetch and read a web page, a plain-text page or a PDF."""
    from core.readers import read_bytes
    from core.readers.encoding import decode
    from core.readers.html import read_html
    from core.readers.pdf import read_pdf

    body, ctype, charset, final = fetch(url, max_bytes=max_bytes, timeout=timeout)
    if not body.strip():
        raise SourceError(url, "the server sent an empty page")
    if ctype in HTML_TYPES:
        return read_html(_decode(body, charset, url, decode), url, url=final)
    if ctype in PDF_TYPES:
        return read_pdf(body, url)
    if ctype in TEXT_TYPES or ctype in SNIFF_TYPES:
        hint = "page.md" if "markdown" in ctype else ""
        return read_bytes(body, url, filename_hint=hint)
    raise SourceError(url, f"the server sent {ctype}, which is not an article Parallax can read")


def _decode(body: bytes, charset: str, url: str, decode: Callable[[bytes, str], str]) -> str:
    if charset:
        try:
            return body.decode(charset)
        except (UnicodeDecodeError, LookupError):
            pass
    return decode(body, url)
