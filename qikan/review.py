"""Review server: one issue's review page, on 127.0.0.1 only, for the editor's browser.

Takes an issue file (its sidecar beside it); gives an HTTP server with a few fixed routes: the
page's files from `review_static/`, `GET /api/issue` (review_view's JSON of the issue as its
sidecar stands), `POST /api/preview` (the same for articles the page sends, validated, nothing
written) and `POST /api/save` (review_sidecar writes them into the sidecar). It refuses a Host
header other than its own address (DNS rebinding), a POST whose Origin is not its own page or
whose body is not JSON (CSRF: a form elsewhere cannot send JSON), and every other path or
method. Responses carry a Content-Security-Policy that allows only the page's own files: the
page builds its DOM with textContent, and even a slip there could not run an inline handler.
"""
from __future__ import annotations

import http.server
import json
import sys
import threading
import webbrowser
from pathlib import Path
from urllib.parse import urlsplit

from .errors import InputError
from .messages import say
from .review_sidecar import Conflict, entries_from_json, read_sidecar_text, save_articles, \
    validated
from .review_view import draft_entries, issue_view
from .sidecar import parse_sidecar

STATIC = Path(__file__).with_name("review_static")
FILES = {"/": ("index.html", "text/html"), "/review.css": ("review.css", "text/css"),
         "/review_model.js": ("review_model.js", "text/javascript"),
         "/review_ui.js": ("review_ui.js", "text/javascript")}
HEADERS = {
    "Content-Security-Policy": "default-src 'none'; script-src 'self'; style-src 'self'; "
                               "connect-src 'self'; img-src 'self'; base-uri 'none'; "
                               "form-action 'none'; frame-ancestors 'none'",
    "X-Content-Type-Options": "nosniff", "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store", "Cross-Origin-Resource-Policy": "same-origin",
    "X-Frame-Options": "DENY",
}
MAX_BODY = 16 << 20  # a sidecar for thousands of articles is well under this


class Issue:
    """The issue under review and what the routes do with it (one request at a time)."""

    def __init__(self, txt: Path):
        self.txt, self.side = txt, txt.with_suffix(".yml")
        self.default_id = txt.stem
        self.lock = threading.Lock()

    def view(self) -> dict:
        side = read_sidecar_text(self.side)
        meta = parse_sidecar(side.text, str(self.side), self.default_id)
        data = self.txt.read_bytes()
        entries = [dict(e) for e in meta.articles or []] or draft_entries(data, str(self.txt), meta)
        return self._answer(meta, entries, side.version, bool(meta.articles))

    def preview(self, body: dict) -> dict:
        side = read_sidecar_text(self.side)
        entries = entries_from_json(body.get("articles"), str(self.side))
        _, meta = validated(side, entries, self.side, self.txt, self.default_id)
        return self._answer(meta, [dict(e) for e in meta.articles], side.version, False)

    def save(self, body: dict) -> dict:
        save_articles(self.side, self.txt, body.get("articles"), str(body.get("version")),
                      self.default_id)
        return self.view()

    def _answer(self, meta, entries: list[dict], version: str, saved: bool) -> dict:
        return {"issue": {"id": meta.id, "txt": self.txt.name, "sidecar": self.side.name,
                          "publication": meta.publication, "date": meta.date},
                "version": version, "saved": saved,
                **issue_view(self.txt.read_bytes(), str(self.txt), meta, entries)}


class Handler(http.server.BaseHTTPRequestHandler):
    server: "ReviewServer"
    protocol_version = "HTTP/1.0"

    def log_message(self, fmt: str, *args) -> None:
        pass  # the editor's terminal shows the address and refusals only

    def _send(self, status: int, body: bytes, ctype: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", f"{ctype}; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        for k, v in HEADERS.items():
            self.send_header(k, v)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _json(self, status: int, obj: dict) -> None:
        self._send(status, json.dumps(obj, ensure_ascii=False).encode(), "application/json")

    def _refuse(self, status: int, why: str) -> None:
        print(say("review.refused", command=self.command, path=repr(self.path[:200]), why=why),
              file=sys.stderr)
        self._json(status, {"error": why})

    def _host_ok(self) -> bool:
        return self.headers.get("Host", "") in self.server.hosts

    def do_GET(self) -> None:
        if not self._host_ok():
            return self._refuse(421, "请求的 Host 不是本审阅服务器的地址")
        path = urlsplit(self.path).path
        if path in FILES:
            name, ctype = FILES[path]
            return self._send(200, (STATIC / name).read_bytes(), ctype)
        if path == "/favicon.ico":  # asked by every browser; the page has none
            return self._send(204, b"", "text/plain")
        if path == "/api/issue":
            return self._api(lambda _: self.server.issue.view(), None)
        self._refuse(404, "没有这个页面")

    def do_POST(self) -> None:
        if not self._host_ok():
            return self._refuse(421, "请求的 Host 不是本审阅服务器的地址")
        if self.headers.get("Origin") not in self.server.origins:
            return self._refuse(403, "请求不是从本审阅页面发出的")
        if self.headers.get("Content-Type", "").split(";")[0].strip() != "application/json":
            return self._refuse(415, "请求内容必须是 JSON")
        route = {"/api/preview": self.server.issue.preview, "/api/save": self.server.issue.save}
        action = route.get(urlsplit(self.path).path)
        if action is None:
            return self._refuse(404, "没有这个页面")
        try:
            size = int(self.headers.get("Content-Length", ""))
        except ValueError:
            return self._refuse(411, "缺少 Content-Length")
        if not 0 < size <= MAX_BODY:
            return self._refuse(413, "请求内容过大或为空")
        try:
            body = json.loads(self.rfile.read(size).decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError):
            return self._refuse(400, "请求内容不是有效的 JSON")
        if not isinstance(body, dict):
            return self._refuse(400, "请求内容不是 JSON 对象")
        self._api(action, body)

    def _api(self, action, body) -> None:
        try:
            with self.server.issue.lock:
                return self._json(200, action(body))
        except Conflict:
            return self._json(409, {"error": "sidecar 文件在页面打开后被别处修改过，未保存。"
                                             "请重新载入页面后再改。"})
        except InputError as e:
            return self._json(422, {"error": str(e), "line": e.line})
        except OSError as e:
            return self._json(500, {"error": f"读写文件失败：{e.strerror} ({e.filename})"})

    def _no(self) -> None:
        self._refuse(405, "不支持这种请求")

    do_PUT = do_DELETE = do_PATCH = do_OPTIONS = do_HEAD = _no


class ReviewServer(http.server.ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, txt: Path, port: int = 0):
        try:
            super().__init__(("127.0.0.1", port), Handler)
        except OSError as e:
            raise InputError(f"127.0.0.1:{port}", None, "cannot-listen", reason=e.strerror) \
                from None
        self.issue = Issue(txt)
        port = self.server_address[1]
        self.hosts = {f"127.0.0.1:{port}", f"localhost:{port}"}
        self.origins = {f"http://{h}" for h in self.hosts}
        self.url = f"http://127.0.0.1:{port}/"


def serve(txt: Path, port: int, open_browser: bool) -> int:
    """Serve the review of `txt` until Ctrl-C; the sidecar is read now, to fail early."""
    srv = ReviewServer(txt, port)
    try:
        srv.issue.view()
    except BaseException:
        srv.server_close()
        raise
    print(say("review.serving", txt=txt, url=srv.url), flush=True)
    if open_browser:
        webbrowser.open(srv.url)
    try:
        srv.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        srv.server_close()
    return 0
