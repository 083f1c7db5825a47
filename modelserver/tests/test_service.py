"""/health, /info, /metrics, /v1/models, unknown routes, and disabled backends (503)."""


def test_health_reports_loaded_backends(server):
    status, body = server.get("/health")
    assert status == 200
    assert body["status"] == "ok"
    assert body["backends"]["embeddings"]["loaded"] is True
    assert body["backends"]["embeddings"]["dimensions"] == 384
    assert body["backends"]["chat"]["loaded"] is True
    assert body["backends"]["chat"]["model"]


def test_info(server):
    status, body = server.get("/info")
    assert status == 200
    assert body["embeddings"]["model"] == "all-MiniLM-L6-v2"
    assert body["embeddings"]["dimensions"] == 384
    assert body["embeddings"]["normalized"] is True
    assert body["chat"]["model"].startswith("SmolLM2-135M-Instruct")
    assert body["chat"]["path"].endswith(".gguf")
    assert body["chat"]["context_size"] >= 512
    for k in ("python", "starlette", "uvicorn", "torch", "sentence_transformers", "llama_cpp_python"):
        assert body["versions"].get(k), k
    cfg = body["config"]
    for k in ("host", "port", "chat_model", "embedding_model", "no_chat", "no_embeddings", "threads", "ctx_size"):
        assert k in cfg, k
    assert cfg["port"] == server.port


def test_models(server):
    status, body = server.get("/v1/models")
    assert status == 200 and body["object"] == "list"
    ids = {m["id"]: m for m in body["data"]}
    assert ids["all-MiniLM-L6-v2"]["type"] == "embeddings"
    chat = [m for m in body["data"] if m["type"] == "chat"]
    assert len(chat) == 1 and chat[0]["object"] == "model"
    status, one = server.get("/v1/models/all-MiniLM-L6-v2")
    assert status == 200 and one["id"] == "all-MiniLM-L6-v2"
    status, missing = server.get("/v1/models/gpt-9")
    assert status == 404 and missing["error"]["code"] == "model_not_found"


def test_metrics_count_requests_and_texts(server):
    before_texts = server.metric("modelserver_embedding_texts_total")
    before_req = server.metric("modelserver_requests_total", route="/v1/embeddings", code="200")
    status, _ = server.post("/v1/embeddings", {"input": ["uno", "dos", "tres"]})
    assert status == 200
    server.post("/v1/embeddings", {"input": []})  # a 400
    assert server.metric("modelserver_embedding_texts_total") == before_texts + 3
    assert server.metric("modelserver_requests_total", route="/v1/embeddings", code="200") == before_req + 1
    assert server.metric("modelserver_requests_total", route="/v1/embeddings", code="400") >= 1
    status, text = server.get("/metrics")
    assert status == 200
    assert "# TYPE modelserver_request_duration_seconds histogram" in text
    assert 'modelserver_request_duration_seconds_bucket{route="/v1/embeddings",le="+Inf"}' in text
    assert "# TYPE modelserver_chat_completion_tokens_total counter" in text
    assert 'modelserver_backend_loaded{backend="chat"} 1' in text
    assert 'modelserver_backend_loaded{backend="embeddings"} 1' in text


def test_unknown_route_and_method(server):
    status, body = server.get("/v2/nothing")
    assert status == 404 and body["error"]["type"] == "not_found_error"
    status, body = server.get("/v1/embeddings")
    assert status == 405 and "error" in body


# ----- both backends disabled -----

def test_disabled_backends_answer_503(bare_server):
    status, body = bare_server.post("/v1/embeddings", {"input": "hola"})
    assert status == 503
    assert body["error"]["code"] == "embeddings_unavailable"
    assert "--no-embeddings" in body["error"]["message"]
    status, body = bare_server.post("/v1/chat/completions", {"messages": [{"role": "user", "content": "hola"}]})
    assert status == 503
    assert body["error"]["code"] == "chat_unavailable"
    assert body["error"]["type"] == "service_unavailable_error"
    assert "--no-chat" in body["error"]["message"]


def test_disabled_backends_still_validate_input(bare_server):
    status, body = bare_server.post("/v1/embeddings", {"input": 5})
    assert status == 400
    status, body = bare_server.post("/v1/chat/completions", raw=b"{")
    assert status == 400


def test_disabled_health_info_models(bare_server):
    status, body = bare_server.get("/health")
    assert status == 200
    assert body["backends"]["embeddings"] == {**body["backends"]["embeddings"], "loaded": False, "enabled": False}
    assert body["backends"]["chat"]["loaded"] is False
    assert body["backends"]["chat"]["error"] == "disabled by --no-chat"
    status, body = bare_server.get("/v1/models")
    assert status == 200 and body["data"] == []
    status, body = bare_server.get("/info")
    assert status == 200 and body["config"]["no_chat"] is True and body["config"]["no_embeddings"] is True
    text = bare_server.get("/metrics")[1]
    assert 'modelserver_backend_loaded{backend="chat"} 0' in text
