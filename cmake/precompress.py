#!/usr/bin/env python3
"""Writes compressed copies next to the site's files: NAME.gz always, NAME.br when Debian's brotli
is installed. shell/serve.py (and any static server that looks for such siblings) sends them to
browsers that accept the encoding, so a first visit downloads a fraction of the bytes. The copies
are only rewritten when their source changed, and stale ones of files that are gone are removed.

usage: precompress.py SITE_DIR
"""
import gzip
import os
import shutil
import subprocess
import sys

COMPRESSIBLE = (".html", ".js", ".css", ".wasm", ".svg", ".webmanifest", ".json")
ENCODINGS = (".gz", ".br")


# A copy carries its source's modification time, so equal times mean it is current.
def up_to_date(source, target):
    return os.path.exists(target) and os.stat(target).st_mtime_ns == os.stat(source).st_mtime_ns


def stamp(source, target):
    times = os.stat(source)
    os.utime(target, ns=(times.st_atime_ns, times.st_mtime_ns))


def write_gzip(source, target):
    with open(source, "rb") as handle:
        data = handle.read()
    with open(target + ".tmp", "wb") as handle:
        # mtime 0: the same input always gives the same bytes
        with gzip.GzipFile(filename="", mode="wb", compresslevel=9, fileobj=handle, mtime=0) as packed:
            packed.write(data)
    os.replace(target + ".tmp", target)


def write_brotli(brotli, source, target):
    subprocess.run([brotli, "--best", "--force", "--output=" + target + ".tmp", source], check=True)
    os.replace(target + ".tmp", target)


def main():
    site = sys.argv[1]
    brotli = shutil.which("brotli")
    names = set(os.listdir(site))
    for name in sorted(names):
        path = os.path.join(site, name)
        if name.endswith(ENCODINGS):
            if name[:-3] not in names:  # its source is gone
                os.remove(path)
            continue
        if not name.endswith(COMPRESSIBLE) or not os.path.isfile(path):
            continue
        if not up_to_date(path, path + ".gz"):
            write_gzip(path, path + ".gz")
            stamp(path, path + ".gz")
        if brotli and not up_to_date(path, path + ".br"):
            write_brotli(brotli, path, path + ".br")
            stamp(path, path + ".br")


if __name__ == "__main__":
    main()
