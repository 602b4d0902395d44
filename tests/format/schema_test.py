#!/usr/bin/env python3
"""The published backup format holds what the app writes.

Every fixture, every example workbook and what `leeway-backup migrate` makes of each fixture
must validate against assets/schema/leeway-backup.schema.json (with Debian's python3-jsonschema,
a validator we did not write), and the schema's newest version must be the one the code writes
(kBackupSchemaVersion in src/core/backup.h), with a line for it in the schema's README.
Every older fixture's migrated twin and every example workbook must be exactly what
`leeway-backup migrate` makes of it now (shell/migrate.sh rewrites them), and the newest version
must have a fixture of its own.

Usage: schema_test.py REPOSITORY LEEWAY_BACKUP_TOOL
"""
import glob
import json
import os
import re
import subprocess
import sys

import jsonschema


def read(path):
    with open(path, encoding="utf-8") as file:
        return file.read()


def stored_migration(root, path, written):
    """Where the up-to-date form of a document is kept, or None when it need not be."""
    if os.path.dirname(path) == os.path.join(root, "assets/example"):
        return path  # the examples are kept current in place
    match = re.fullmatch(r"backup-v(\d+)\.json", os.path.basename(path))
    if match and int(match.group(1)) < written:
        return path[: -len(".json")] + "-migrated.json"
    return None


def main():
    root, tool = sys.argv[1], sys.argv[2]
    failures = []
    with open(os.path.join(root, "src/core/backup.h"), encoding="utf-8") as header:
        written = int(re.search(r"kBackupSchemaVersion = (\d+);", header.read()).group(1))
    with open(os.path.join(root, "assets/schema/leeway-backup.schema.json"), encoding="utf-8") as file:
        schema = json.load(file)
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    newest = schema["properties"]["schema_version"]["maximum"]
    if newest != written:
        failures.append(f"the schema's newest version is {newest}, the code writes {written}")
    if f"schema version {written} " not in schema["title"]:
        failures.append(f"the schema's title does not name version {written}: {schema['title']}")
    with open(os.path.join(root, "assets/schema/README.md"), encoding="utf-8") as readme:
        if f"- **{written}**" not in readme.read():
            failures.append(f"assets/schema/README.md has no line for version {written}")

    documents = sorted(glob.glob(os.path.join(root, "tests/fixtures/*.json")))
    documents += sorted(glob.glob(os.path.join(root, "assets/example/*.json")))
    checked = 0
    for path in documents:
        name = os.path.relpath(path, root)
        with open(path, encoding="utf-8") as file:
            texts = [(name, file.read())]
        migrated = subprocess.run([tool, "migrate", path], capture_output=True, text=True)
        if migrated.returncode != 0:
            failures.append(f"leeway-backup migrate {name} failed: {migrated.stderr.strip()}")
        else:
            texts.append((f"{name}, migrated", migrated.stdout))
            stored = stored_migration(root, path, written)
            if stored and (not os.path.exists(stored) or read(stored) != migrated.stdout):
                failures.append(f"{os.path.relpath(stored, root)} is not what leeway-backup migrate "
                                f"makes of {name}: run bash shell/migrate.sh")
        for label, text in texts:
            checked += 1
            for error in validator.iter_errors(json.loads(text)):
                pointer = "/" + "/".join(str(part) for part in error.absolute_path)
                failures.append(f"{label}: {pointer}: {error.message}")
    if not os.path.exists(os.path.join(root, f"tests/fixtures/backup-v{written}.json")):
        failures.append(f"tests/fixtures/backup-v{written}.json is missing: the newest version needs a fixture")
    for failure in failures:
        print(failure)
    print(f"{checked} documents checked against schema version {newest}: {len(failures)} problems")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
