#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes tests/contract/atlas-schema-facts.json from the Atlas OpenAPI subset.

The contract test (tests/TestContract.cpp) validates what the app sends and what the sandbox answers against the
facts kept here: for each operation the app calls, its request body and response schemas per status and media type,
with every $ref turned into a named definition and only the keywords that validate kept (no descriptions,
examples, titles or vendor extensions). The output is deterministic, so running this again on the same input must
leave the committed file unchanged (`--check` says whether it does).

Usage: scripts/extract-schema-facts.py [--spec PATH] [--out PATH] [--check]
"""

import argparse
import hashlib
import json
import os
import sys

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_SPEC = os.path.normpath(os.path.join(REPO, "..", "shared", "atlas-openapi", "atlas-peering-subset.json"))
DEFAULT_OUT = os.path.join(REPO, "tests", "contract", "atlas-schema-facts.json")

# The operations AtlasApi calls. Each must exist in the spec, or the run fails.
OPERATIONS = [
    "listGroups",
    "listGroupContainers",
    "createGroupContainer",
    "listGroupPeers",
    "createGroupPeer",
    "getGroupPeer",
    "deleteGroupPeer",
    "listGroupAccessListEntries",
    "createGroupAccessListEntry",
    "getGroupAccessListStatus",
    "listGroupClusters",
]

# Keywords that constrain a value. Everything else (description, title, example(s), externalDocs, default,
# deprecated, x-*) is prose or tooling and stays out.
SCALAR_KEYWORDS = {
    "type",
    "required",
    "enum",
    "pattern",
    "format",
    "maxLength",
    "minLength",
    "maximum",
    "minimum",
    "exclusiveMaximum",
    "exclusiveMinimum",
    "maxItems",
    "minItems",
    "uniqueItems",
    "readOnly",
    "writeOnly",
    "nullable",
}
SCHEMA_LIST_KEYWORDS = {"oneOf", "anyOf", "allOf"}
COMPONENT_SCHEMA_PREFIX = "#/components/schemas/"
DEFINITION_PREFIX = "#/definitions/"


class Extractor:
    def __init__(self, spec):
        self.spec = spec
        self.schemas = spec["components"]["schemas"]
        self.needed = set()

    def ref_to_definition(self, ref):
        if not ref.startswith(COMPONENT_SCHEMA_PREFIX):
            raise SystemExit(f"unsupported schema $ref {ref}")
        name = ref[len(COMPONENT_SCHEMA_PREFIX):]
        if name not in self.schemas:
            raise SystemExit(f"unresolved $ref {ref}")
        self.needed.add(name)
        return DEFINITION_PREFIX + name

    def schema(self, node):
        """The validation keywords of one schema object, with references renamed."""
        if not isinstance(node, dict):
            raise SystemExit(f"a schema must be an object, not {node!r}")
        if "$ref" in node:
            # OpenAPI 3.0 ignores the siblings of a $ref.
            return {"$ref": self.ref_to_definition(node["$ref"])}
        out = {}
        for key, value in node.items():
            if key in SCALAR_KEYWORDS:
                out[key] = value
            elif key in SCHEMA_LIST_KEYWORDS:
                out[key] = [self.schema(item) for item in value]
            elif key == "items" or key == "not":
                out[key] = self.schema(value)
            elif key == "properties":
                out[key] = {name: self.schema(sub) for name, sub in value.items()}
            elif key == "additionalProperties":
                out[key] = value if isinstance(value, bool) else self.schema(value)
            elif key == "discriminator":
                out[key] = {"propertyName": value["propertyName"]}
                if "mapping" in value:
                    out[key]["mapping"] = {k: self.ref_to_definition(v) for k, v in value["mapping"].items()}
        return out

    def response(self, node):
        if "$ref" in node:
            prefix = "#/components/responses/"
            if not node["$ref"].startswith(prefix):
                raise SystemExit(f"unsupported response $ref {node['$ref']}")
            node = self.spec["components"]["responses"][node["$ref"][len(prefix):]]
        # A media type without a schema (a 204) keeps an empty schema: any body, or none.
        return {media: self.schema(content["schema"]) if "schema" in content else {}
                for media, content in node.get("content", {}).items()}

    def operation(self, path, method, op):
        out = {"method": method.upper(), "path": path}
        body = op.get("requestBody")
        if body is not None:
            out["requestBody"] = {
                "required": bool(body.get("required", False)),
                "content": {media: self.schema(content["schema"]) for media, content in body["content"].items()},
            }
        out["responses"] = {status: self.response(resp) for status, resp in op["responses"].items()}
        return out

    def definitions(self):
        """Every schema the operations reach, following references inside definitions until none is new."""
        done = {}
        while True:
            pending = sorted(self.needed - done.keys())
            if not pending:
                return done
            for name in pending:
                done[name] = self.schema(self.schemas[name])


def build(spec_path):
    with open(spec_path, "rb") as f:
        raw = f.read()
    spec = json.loads(raw)
    extractor = Extractor(spec)
    found = {}
    for path, item in spec["paths"].items():
        for method, op in item.items():
            if isinstance(op, dict) and op.get("operationId") in OPERATIONS:
                found[op["operationId"]] = extractor.operation(path, method, op)
    missing = [name for name in OPERATIONS if name not in found]
    if missing:
        raise SystemExit(f"operations missing from {spec_path}: {', '.join(missing)}")
    return {
        "_source": {
            "file": os.path.basename(spec_path),
            "sha256": hashlib.sha256(raw).hexdigest(),
            "generator": "scripts/extract-schema-facts.py",
        },
        "operations": found,
        "definitions": extractor.definitions(),
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--spec", default=DEFAULT_SPEC)
    parser.add_argument("--out", default=DEFAULT_OUT)
    parser.add_argument("--check", action="store_true", help="compare with --out instead of writing it")
    args = parser.parse_args()

    text = json.dumps(build(args.spec), indent=1, sort_keys=True, ensure_ascii=True) + "\n"
    if args.check:
        try:
            with open(args.out, encoding="utf-8") as f:
                same = f.read() == text
        except FileNotFoundError:
            same = False
        if not same:
            print(f"{args.out} is not what {os.path.basename(__file__)} makes of {args.spec}", file=sys.stderr)
            return 1
        return 0
    os.makedirs(os.path.dirname(args.out), exist_ok=True)
    with open(args.out, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
