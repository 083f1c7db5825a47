"""python -m okla_modelserver [flags]: see --help and modelserver/README.md."""
from __future__ import annotations

import logging
import os
import socket
import sys

# Offline by default: models come from installed packages or local folders only.
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
os.environ.setdefault("HF_HUB_DISABLE_TELEMETRY", "1")


def main(argv=None) -> int:
    from .config import parse_config
    cfg = parse_config(argv)
    logging.basicConfig(level=cfg.log_level.upper(), stream=sys.stderr,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    try:
        import uvicorn
        from .server import create_app
    except ImportError as e:
        print(f"okla-modelserver: missing dependency ({e}); run: bash scripts/modelserver.sh install", file=sys.stderr)
        return 2
    app = create_app(cfg)
    if cfg.port == 0:
        # Bind here so the chosen port can be printed before models load.
        sock = socket.socket(socket.AF_INET6 if ":" in cfg.host else socket.AF_INET, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((cfg.host, 0))
        cfg.port = sock.getsockname()[1]
        print(f"okla-modelserver: port {cfg.port}", file=sys.stderr, flush=True)
        config = uvicorn.Config(app, log_level=cfg.log_level, access_log=False, timeout_graceful_shutdown=3)
        server = uvicorn.Server(config)
        server.run(sockets=[sock])
    else:
        uvicorn.run(app, host=cfg.host, port=cfg.port, log_level=cfg.log_level, access_log=False,
                    timeout_graceful_shutdown=3)
    return 0


if __name__ == "__main__":
    sys.exit(main())
