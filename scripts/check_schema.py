#!/usr/bin/env python3
"""Checks the roadmap JSON Schema and the roadmaps that must conform to it.

1. schema/roadmap.schema.json is a valid JSON Schema, draft 2020-12;
2. roadmap.json and every file in Tests/Fixtures/valid/ validate against it
   (or, when files are named on the command line, those files).

Usage: scripts/check_schema.py [--schema SCHEMA] [FILE...]

Prints one line per file ("ok" or "FAIL", with the path inside the data of each failure)
and exits 1 when anything fails, 2 when it cannot run at all. Needs the `jsonschema`
package (pip install jsonschema).
"""
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SCHEMA = ROOT / "schema" / "roadmap.schema.json"
DRAFT = "https://json-schema.org/draft/2020-12/schema"
MAX_ERRORS_SHOWN = 20

try:
    from jsonschema import Draft202012Validator
    from jsonschema.exceptions import SchemaError
except ImportError:
    print("FAIL: the Python package jsonschema is not installed (pip install jsonschema)")
    sys.exit(2)


def shown(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(ROOT))
    except ValueError:
        return str(path)


def pointer(parts) -> str:
    """A JSON Pointer (RFC 6901) to a place in the data, "/" for the whole document."""
    return "/" + "/".join(str(p).replace("~", "~0").replace("/", "~1") for p in parts)


def read_json(path: Path):
    with open(path, "rb") as handle:
        return json.loads(handle.read().decode("utf-8"))


def check_schema(schema_path: Path):
    """The validator for the schema, or None after printing why the schema is unusable."""
    name = shown(schema_path)
    if not schema_path.is_file():
        print(f"FAIL {name}: the schema file does not exist")
        return None
    try:
        schema = read_json(schema_path)
    except (OSError, UnicodeDecodeError, ValueError) as error:
        print(f"FAIL {name}: not readable JSON: {error}")
        return None
    if not isinstance(schema, dict):
        print(f"FAIL {name}: a schema must be a JSON object")
        return None
    if schema.get("$schema") != DRAFT:
        print(f"FAIL {name}: \"$schema\" must be \"{DRAFT}\", it is {json.dumps(schema.get('$schema'))}")
        return None
    try:
        Draft202012Validator.check_schema(schema)
    except SchemaError as error:
        print(f"FAIL {name}: not a valid draft 2020-12 schema: at {pointer(error.absolute_path)}: {error.message}")
        return None
    print(f"ok   {name}: a valid draft 2020-12 schema")
    return Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)


def check_file(validator, path: Path) -> bool:
    name = shown(path)
    try:
        document = read_json(path)
    except (OSError, UnicodeDecodeError, ValueError) as error:
        print(f"FAIL {name}: not readable JSON: {error}")
        return False
    errors = sorted(validator.iter_errors(document), key=lambda e: (list(map(str, e.absolute_path)), e.message))
    if not errors:
        print(f"ok   {name}")
        return True
    first = errors[0]
    more = f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
    print(f"FAIL {name}: at {pointer(first.absolute_path)}: {first.message}{more}")
    for error in errors[1:MAX_ERRORS_SHOWN]:
        print(f"       at {pointer(error.absolute_path)}: {error.message}")
    return False


def main(arguments) -> int:
    schema = DEFAULT_SCHEMA
    if arguments[:1] == ["--schema"]:
        if len(arguments) < 2:
            print("usage: check_schema.py [--schema SCHEMA] [FILE...]")
            return 2
        schema, arguments = Path(arguments[1]), arguments[2:]
    if arguments:
        files = [Path(argument) for argument in arguments]
    else:
        files = [ROOT / "roadmap.json"] + sorted((ROOT / "Tests" / "Fixtures" / "valid").glob("*.json"))
    validator = check_schema(schema)
    if validator is None:
        return 1
    results = [check_file(validator, path) for path in files]
    failed = results.count(False)
    if failed:
        print(f"{failed} of {len(files)} file(s) do not conform to {shown(schema)}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
