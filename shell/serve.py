#!/usr/bin/env python3
"""Serves Leeway's built site on loopback. Used by run.sh and the browser tests. A file's .br or
.gz sibling (cmake/precompress.py) goes to browsers that accept that encoding, while it is current.

usage: serve.py SITE_DIR [--bind ADDRESS] [--port PORT]
"""
import argparse
import functools
import html
import http.server
import os
import re
import sys


def header_policy(site):
    """The page's own policy (its <meta> in index.html, the one place it is written) plus what
    only a header can say: no other page may frame the app."""
    try:
        with open(os.path.join(site, "index.html"), encoding="utf-8") as page:
            meta = re.search(r'<meta http-equiv="Content-Security-Policy"\s+content="([^"]*)"', page.read())
    except OSError:
        meta = None
    policy = html.unescape(meta.group(1)).strip().rstrip(";") if meta else "default-src 'self'"
    return policy + "; frame-ancestors 'none'"


class SiteHandler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {
        **http.server.SimpleHTTPRequestHandler.extensions_map,
        ".wasm": "application/wasm",
        ".js": "text/javascript",
        ".json": "application/json",
        ".webmanifest": "application/manifest+json",
        ".svg": "image/svg+xml",
        ".woff2": "font/woff2",
    }

    # Compressed copies made at build time (cmake/precompress.py), best first.
    precompressed = ((".br", "br"), (".gz", "gzip"))

    def send_head(self):
        path = self.translate_path(self.path)
        if os.path.isdir(path) and self.path.split("?", 1)[0].endswith("/"):
            path = os.path.join(path, "index.html")
        accepted = self.accepted_encodings()
        for suffix, encoding in self.precompressed:
            if encoding in accepted and self.is_current_copy(path, path + suffix):
                return self.send_precompressed(path, path + suffix, encoding)
        return super().send_head()

    @staticmethod
    def is_current_copy(path, packed_path):
        # The build stamps each copy with its source's modification time; a file changed since
        # (a hand edit, a partial deploy) no longer matches, and goes out uncompressed instead.
        try:
            return os.stat(path).st_mtime_ns == os.stat(packed_path).st_mtime_ns
        except OSError:
            return False

    def accepted_encodings(self):
        accepted = set()
        for part in self.headers.get("Accept-Encoding", "").split(","):
            name, _, params = part.strip().partition(";")
            if params.strip().replace(" ", "") not in ("q=0", "q=0.0", "q=0.00", "q=0.000"):
                accepted.add(name.strip().lower())
        return accepted

    def send_precompressed(self, path, packed_path, encoding):
        # The type is the original file's; browsers decode before they look at the bytes, so the
        # wasm still compiles as application/wasm.
        handle = open(packed_path, "rb")
        try:
            stat = os.fstat(handle.fileno())
            self.send_response(200)
            self.send_header("Content-Type", self.guess_type(path))
            self.send_header("Content-Encoding", encoding)
            self.send_header("Content-Length", str(stat.st_size))
            self.send_header("Last-Modified", self.date_time_string(int(os.path.getmtime(path))))
            self.send_header("Vary", "Accept-Encoding")
            self.end_headers()
            return handle
        except Exception:
            handle.close()
            raise

    def end_headers(self):
        # Revalidate on every load so a rebuilt app is never mixed with a cached one.
        self.send_header("Cache-Control", "no-cache")
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Content-Security-Policy", self.server.policy)
        self.send_header("X-Frame-Options", "DENY")  # frame-ancestors, for browsers before it
        super().end_headers()

    def log_message(self, format, *args):  # keep test output readable
        if self.server.verbose:
            super().log_message(format, *args)


class SiteServer(http.server.ThreadingHTTPServer):
    def handle_error(self, request, client_address):
        # A browser that closes a connection mid-download (a tab closed while loading) is normal.
        if isinstance(sys.exc_info()[1], (BrokenPipeError, ConnectionResetError)):
            return
        super().handle_error(request, client_address)


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("site")
    parser.add_argument("--bind", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8080)
    parser.add_argument("--quiet", action="store_true")
    args = parser.parse_args()
    handler = functools.partial(SiteHandler, directory=args.site)
    try:
        server = SiteServer((args.bind, args.port), handler)
    except OSError as error:
        sys.exit(f"error: cannot serve on {args.bind}:{args.port}: {error.strerror}")
    server.verbose = not args.quiet
    server.policy = header_policy(args.site)
    host = f"[{args.bind}]" if ":" in args.bind else args.bind
    print(f"Leeway is served at http://{host}:{server.server_port}/  (Ctrl+C stops it)", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    main()
