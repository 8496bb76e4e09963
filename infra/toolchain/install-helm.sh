#!/usr/bin/env bash
# Puts helm (pinned) into .tools/bin, built from its Go module (the Go module
# proxy is the registry that carries it; no release download is reachable).
# Idempotent: skipped when .tools/bin/helm already is that version. Used by the
# chart's render test (infra/deploy/src/chart.deploy.test.ts). The first build of
# helm takes minutes on this machine (see infra/deploy/README.md), so .ci/run
# runs this before the tests, outside the vitest timeouts.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
HELM_VERSION=v4.3.2
bin="$root/.tools/bin"
mkdir -p "$bin"
if [ -x "$bin/helm" ] && "$bin/helm" version --template '{{.Version}}' 2>/dev/null | grep -qxF "$HELM_VERSION"; then
  exit 0
fi
go="$(command -v go || echo /usr/local/go/bin/go)"
if ! [ -x "$go" ]; then
  echo "install-helm: no Go toolchain (go on PATH or /usr/local/go/bin/go); helm $HELM_VERSION cannot be built" >&2
  exit 1
fi
echo "install-helm: building helm $HELM_VERSION from its Go module into .tools/bin (first time: minutes)" >&2
start=$(date +%s)
GOBIN="$bin" GOFLAGS=-mod=mod CGO_ENABLED=0 "$go" install \
  -ldflags "-X helm.sh/helm/v4/internal/version.version=$HELM_VERSION" \
  "helm.sh/helm/v4/cmd/helm@$HELM_VERSION"
echo "install-helm: built in $(($(date +%s) - start)) s" >&2
