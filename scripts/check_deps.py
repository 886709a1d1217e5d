#!/usr/bin/env python3
"""Keeps the dependency direction of ARCHITECTURE.md true.

- core <- ingest, store, ai <- sync <- engine <- api <- cli, src-tauri (the shell: engine and api): each workspace crate may depend (directly) only on the
  workspace crates listed below;
- no crate under crates/ has tauri anywhere in its normal dependency tree;
- only ozzie-store depends on rusqlite directly.
Exits non-zero with one line per broken rule.
"""
import json
import subprocess
import sys

ALLOWED = {
    "ozzie-core": set(),
    "ozzie-ingest": {"ozzie-core"},
    "ozzie-store": {"ozzie-core"},
    "ozzie-ai": {"ozzie-core"},
    "ozzie-sync": {"ozzie-core", "ozzie-ai"},
    "ozzie-engine": {"ozzie-core", "ozzie-ingest", "ozzie-store", "ozzie-ai", "ozzie-sync"},
    # Pure libraries (core, ingest) may be used by hosts directly; state goes through the engine.
    "ozzie-api": {"ozzie-engine"},
    "ozzie-cli": {"ozzie-core", "ozzie-ingest", "ozzie-engine", "ozzie-api"},
    # The shell reaches the domain types through ozzie_engine::domain.
    "ozzie-desktop": {"ozzie-engine", "ozzie-api"},
}

meta = json.loads(subprocess.check_output(["cargo", "metadata", "--format-version", "1", "--locked"]))
packages = {p["id"]: p for p in meta["packages"]}
workspace = {packages[i]["name"]: i for i in meta["workspace_members"]}
nodes = {n["id"]: n for n in meta["resolve"]["nodes"]}


def normal_deps(pkg_id):
    for dep in nodes[pkg_id]["deps"]:
        if any(k["kind"] is None for k in dep["dep_kinds"]):
            yield dep["pkg"]


def tree(pkg_id):
    seen, stack = set(), [pkg_id]
    while stack:
        for dep in normal_deps(stack.pop()):
            if dep not in seen:
                seen.add(dep)
                stack.append(dep)
    return {packages[d]["name"] for d in seen}


problems = []
for name, pkg_id in sorted(workspace.items()):
    if name not in ALLOWED:
        problems.append(f"{name}: not in scripts/check_deps.py; add it with its allowed dependencies")
        continue
    direct = {packages[d]["name"] for d in normal_deps(pkg_id)}
    for dep in sorted((direct & set(workspace)) - ALLOWED[name]):
        problems.append(f"{name} depends on {dep}, against the direction core <- store <- engine <- hosts")
    if "rusqlite" in direct and name != "ozzie-store":
        problems.append(f"{name} depends on rusqlite: only ozzie-store may speak SQL")
    manifest = packages[pkg_id]["manifest_path"]
    if "/crates/" in manifest and any(t == "tauri" or t.startswith("tauri-") for t in tree(pkg_id)):
        problems.append(f"{name} pulls in tauri: only src-tauri may")

for p in problems:
    print(p)
print(f"dependency direction: {len(workspace)} crates checked, {len(problems)} problems")
sys.exit(1 if problems else 0)
