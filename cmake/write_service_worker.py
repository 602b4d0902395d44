#!/usr/bin/env python3
"""Writes the site's service worker: web/sw.js with the list of every file of the site and its
SHA-256 filled in, and a version made from those hashes. Run last in the site assembly, so the
version changes exactly when a byte of the site does.

Files named after --on-demand are not fetched when the worker installs: the worker keeps each
once a page has fetched it (BUILD.onDemand).

usage: write_service_worker.py SITE_DIR TEMPLATE_SW_JS [--on-demand NAME ...]
"""
import hashlib
import json
import os
import re
import sys

MARKER = re.compile(r"/\* leeway-build \*/.*?/\* /leeway-build \*/", re.S)


def main():
    site, template_path = sys.argv[1], sys.argv[2]
    on_demand_names = set(sys.argv[4:]) if sys.argv[3:4] == ["--on-demand"] else set()
    files = {}
    on_demand = {}
    for name in sorted(os.listdir(site)):
        path = os.path.join(site, name)
        # NAME.gz and NAME.br are NAME itself in another encoding (cmake/precompress.py)
        if name == "sw.js" or name.startswith(".") or name.endswith((".gz", ".br")) or not os.path.isfile(path):
            continue
        with open(path, "rb") as handle:
            digest = hashlib.sha256(handle.read()).hexdigest()
        (on_demand if name in on_demand_names else files)[name] = digest
    if "index.html" not in files or "leeway.wasm" not in files:
        sys.exit(f"error: {site} is missing index.html or leeway.wasm")
    missing = on_demand_names - set(on_demand)
    if missing:
        sys.exit(f"error: {site} is missing {', '.join(sorted(missing))}")
    everything = {"files": files, "onDemand": on_demand}
    version = hashlib.sha256(json.dumps(everything, sort_keys=True).encode()).hexdigest()[:16]
    build = json.dumps({"version": version, **everything}, separators=(",", ":"), sort_keys=True)

    with open(template_path, encoding="utf-8") as handle:
        template = handle.read()
    if not MARKER.search(template):
        sys.exit(f"error: {template_path} has no /* leeway-build */ marker")
    output = MARKER.sub(lambda _: f"/* leeway-build */ {build} /* /leeway-build */", template, count=1)

    target = os.path.join(site, "sw.js")
    old = None
    if os.path.exists(target):
        with open(target, encoding="utf-8") as handle:
            old = handle.read()
    if old != output:  # untouched when nothing changed, like copy_if_different
        with open(target, "w", encoding="utf-8") as handle:
            handle.write(output)


if __name__ == "__main__":
    main()
