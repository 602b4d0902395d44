#!/usr/bin/env python3
"""Serves Leeway's built site on loopback. Used by run.sh and the browser tests.

usage: serve.py SITE_DIR [--bind ADDRESS] [--port PORT]
"""
import argparse
import functools
import http.server
import sys


class SiteHandler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {
        **http.server.SimpleHTTPRequestHandler.extensions_map,
        ".wasm": "application/wasm",
        ".js": "text/javascript",
        ".json": "application/json",
        ".webmanifest": "application/manifest+json",
        ".svg": "image/svg+xml",
    }

    def end_headers(self):
        # Revalidate on every load so a rebuilt app is never mixed with a cached one.
        self.send_header("Cache-Control", "no-cache")
        self.send_header("X-Content-Type-Options", "nosniff")
        super().end_headers()

    def log_message(self, format, *args):  # keep test output readable
        if self.server.verbose:
            super().log_message(format, *args)


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("site")
    parser.add_argument("--bind", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8080)
    parser.add_argument("--quiet", action="store_true")
    args = parser.parse_args()
    handler = functools.partial(SiteHandler, directory=args.site)
    try:
        server = http.server.ThreadingHTTPServer((args.bind, args.port), handler)
    except OSError as error:
        sys.exit(f"error: cannot serve on {args.bind}:{args.port}: {error.strerror}")
    server.verbose = not args.quiet
    host = f"[{args.bind}]" if ":" in args.bind else args.bind
    print(f"Leeway is served at http://{host}:{server.server_port}/  (Ctrl+C stops it)", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    main()
