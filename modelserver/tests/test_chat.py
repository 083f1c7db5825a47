import json
import time

import pytest

VEHICLE_SCHEMA = {
    "type": "object",
    "properties": {
        "intent": {"type": "string", "enum": ["search", "price_question", "appointment", "greeting", "other"]},
        "make": {"type": "string", "maxLength": 20},
        "max_price": {"type": "integer", "minimum": 0, "maximum": 100000000},
        "automatic": {"type": "boolean"},
        "seats": {"type": ["integer", "null"]},
    },
    "required": ["intent", "make", "max_price", "automatic", "seats"],
    "additionalProperties": False,
}


def check(value, schema, path="$"):
    """The JSON Schema subset used above (type, enum, properties, required, additionalProperties, bounds)."""
    types = schema.get("type")
    if types is not None:
        types = types if isinstance(types, list) else [types]
        ok = {
            "object": lambda v: isinstance(v, dict),
            "string": lambda v: isinstance(v, str),
            "integer": lambda v: isinstance(v, int) and not isinstance(v, bool),
            "number": lambda v: isinstance(v, (int, float)) and not isinstance(v, bool),
            "boolean": lambda v: isinstance(v, bool),
            "null": lambda v: v is None,
            "array": lambda v: isinstance(v, list),
        }
        assert any(ok[t](value) for t in types), f"{path}: {value!r} is not {types}"
    if "enum" in schema:
        assert value in schema["enum"], f"{path}: {value!r} not in enum"
    if isinstance(value, str) and "maxLength" in schema:
        assert len(value) <= schema["maxLength"], f"{path}: too long"
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if "minimum" in schema:
            assert value >= schema["minimum"], f"{path}: below minimum"
        if "maximum" in schema:
            assert value <= schema["maximum"], f"{path}: above maximum"
    if isinstance(value, dict):
        props = schema.get("properties", {})
        for r in schema.get("required", []):
            assert r in value, f"{path}: missing {r}"
        if schema.get("additionalProperties") is False:
            extra = set(value) - set(props)
            assert not extra, f"{path}: extra keys {extra}"
        for k, v in value.items():
            if k in props:
                check(v, props[k], f"{path}.{k}")


def chat(server, content, **extra):
    body = {"model": "smollm2", "messages": [{"role": "user", "content": content}], **extra}
    status, out = server.post("/v1/chat/completions", body)
    assert status == 200, out
    return out


def test_basic_completion_shape(server):
    out = chat(server, "Say hello in Spanish.", max_tokens=24, temperature=0)
    assert out["object"] == "chat.completion"
    assert out["id"]
    assert out["model"].startswith("SmolLM2-135M-Instruct")
    ch = out["choices"][0]
    assert ch["index"] == 0 and ch["message"]["role"] == "assistant"
    assert isinstance(ch["message"]["content"], str) and ch["message"]["content"].strip()
    assert ch["finish_reason"] in ("stop", "length")
    u = out["usage"]
    # llama.cpp may go a token or two past max_tokens to finish a multi-byte character (emoji).
    assert u["prompt_tokens"] > 0 and 0 < u["completion_tokens"] <= 24 + 3
    assert u["total_tokens"] == u["prompt_tokens"] + u["completion_tokens"]


def test_max_tokens_limits_generation(server):
    out = chat(server, "Write a long story about a car dealer in Santo Domingo.", max_tokens=5, temperature=0.8)
    assert out["choices"][0]["finish_reason"] == "length"
    assert 5 <= out["usage"]["completion_tokens"] <= 5 + 3


PROMPTS = [
    "Busco una yipeta Toyota automática de menos de dos millones de pesos para 7 personas.",
    "Klk, ¿cuánto cuesta el Honda Civic 2019?",
    "Quiero ir a ver el Hyundai Tucson el sábado a las 10.",
    "Hola, buenas tardes",
    "Necesito un carro mecánico barato, Kia o lo que sea, hasta 600 mil.",
]


@pytest.mark.parametrize("i", range(len(PROMPTS)))
def test_json_schema_output_always_parses(server, i):
    rf = {"type": "json_schema", "json_schema": {"name": "vehicle_query", "strict": True, "schema": VEHICLE_SCHEMA}}
    system = ("Extract the buyer's request as JSON with keys intent, make, max_price (pesos), "
              "automatic, seats.")
    for temperature in (0.0, 1.0):
        status, out = server.post("/v1/chat/completions", {
            "messages": [{"role": "system", "content": system}, {"role": "user", "content": PROMPTS[i]}],
            "response_format": rf, "temperature": temperature, "max_tokens": 200,
        })
        assert status == 200, out
        ch = out["choices"][0]
        assert ch["finish_reason"] == "stop", ch
        value = json.loads(ch["message"]["content"])
        check(value, VEHICLE_SCHEMA)


def test_json_object_output_parses(server):
    # Free-form JSON: the grammar guarantees JSON syntax; the prompt keeps a 135M model brief
    # (an object with no schema can otherwise grow past max_tokens and be cut).
    for temperature in (0.0, 0.7):
        status, out = server.post("/v1/chat/completions", {
            "messages": [{"role": "system", "content": "Answer only with a small JSON object with the keys make, model, year and color."},
                         {"role": "user", "content": "Un Toyota Corolla rojo del 2018."}],
            "response_format": {"type": "json_object"}, "max_tokens": 300, "temperature": temperature})
        assert status == 200, out
        assert out["choices"][0]["finish_reason"] == "stop", out
        value = json.loads(out["choices"][0]["message"]["content"])
        assert isinstance(value, dict)


def test_json_object_with_schema(server):
    schema = {"type": "object", "properties": {"answer": {"type": "string", "enum": ["si", "no"]}},
              "required": ["answer"], "additionalProperties": False}
    out = chat(server, "¿Tienen financiamiento?", response_format={"type": "json_object", "schema": schema},
               max_tokens=50, temperature=1.0)
    value = json.loads(out["choices"][0]["message"]["content"])
    check(value, schema)


def read_stream(server, body):
    events = list(server.stream(body))
    assert events[-1] == "[DONE]", events[-3:]
    chunks = [json.loads(e) for e in events[:-1]]
    return chunks


def test_streaming_chunks_then_done(server):
    chunks = read_stream(server, {"messages": [{"role": "user", "content": "Cuéntame sobre el Toyota Corolla."}],
                                  "stream": True, "max_tokens": 30, "temperature": 0.3})
    assert len(chunks) >= 3
    for c in chunks:
        assert c["object"] == "chat.completion.chunk"
        assert c["model"].startswith("SmolLM2-135M-Instruct")
    assert chunks[0]["choices"][0]["delta"].get("role") == "assistant"
    text = "".join(c["choices"][0]["delta"].get("content") or "" for c in chunks)
    assert text.strip()
    assert chunks[-1]["choices"][0]["finish_reason"] in ("stop", "length")
    assert len({c["id"] for c in chunks}) == 1


def test_streaming_usage_and_json_schema(server):
    chunks = read_stream(server, {
        "messages": [{"role": "user", "content": PROMPTS[0]}], "stream": True, "max_tokens": 200,
        "temperature": 0.7, "stream_options": {"include_usage": True},
        "response_format": {"type": "json_schema", "json_schema": {"name": "q", "schema": VEHICLE_SCHEMA}},
    })
    usage = chunks[-1]
    assert usage["choices"] == [] and usage["usage"]["completion_tokens"] > 0
    text = "".join(c["choices"][0]["delta"].get("content") or "" for c in chunks[:-1])
    check(json.loads(text), VEHICLE_SCHEMA)


def test_client_disconnect_stops_generation(server):
    before_cancelled = server.metric("modelserver_chat_cancelled_total")
    before_tokens = server.metric("modelserver_chat_completion_tokens_total")
    body = {"messages": [{"role": "user", "content": "Write a very long story about cars, at least 2000 words."}],
            "stream": True, "max_tokens": 1500, "temperature": 1.0, "min_p": 0.0}
    got = 0
    gen = server.stream(body)
    for _ in gen:
        got += 1
        if got == 3:
            break
    gen.close()  # closes the connection mid-stream
    deadline = time.time() + 30
    while time.time() < deadline and server.metric("modelserver_chat_cancelled_total") <= before_cancelled:
        time.sleep(0.2)
    assert server.metric("modelserver_chat_cancelled_total") == before_cancelled + 1
    generated = server.metric("modelserver_chat_completion_tokens_total") - before_tokens
    assert generated < 1000, generated
    # The model is free again right away.
    t0 = time.time()
    chat(server, "Hola", max_tokens=4)
    assert time.time() - t0 < 30


@pytest.mark.parametrize("payload,param", [
    ({}, "messages"),
    ({"messages": []}, "messages"),
    ({"messages": "hola"}, "messages"),
    ({"messages": [{"role": "wizard", "content": "hola"}]}, "messages[0].role"),
    ({"messages": [{"role": "user", "content": 5}]}, "messages[0].content"),
    ({"messages": [{"role": "user", "content": [{"type": "image_url", "image_url": {"url": "x"}}]}]}, "messages[0].content"),
    ({"messages": [{"role": "user", "content": "hola"}], "temperature": 5}, "temperature"),
    ({"messages": [{"role": "user", "content": "hola"}], "temperature": "hot"}, "temperature"),
    ({"messages": [{"role": "user", "content": "hola"}], "max_tokens": 0}, "max_tokens"),
    ({"messages": [{"role": "user", "content": "hola"}], "max_tokens": 10 ** 9}, "max_tokens"),
    ({"messages": [{"role": "user", "content": "hola"}], "max_tokens": "10"}, "max_tokens"),
    ({"messages": [{"role": "user", "content": "hola"}], "n": 3}, "n"),
    ({"messages": [{"role": "user", "content": "hola"}], "stream": "yes"}, "stream"),
    ({"messages": [{"role": "user", "content": "hola"}], "stop": [1]}, "stop"),
    ({"messages": [{"role": "user", "content": "hola"}], "response_format": {"type": "xml"}}, "response_format.type"),
    ({"messages": [{"role": "user", "content": "hola"}], "response_format": {"type": "json_schema"}}, "response_format.json_schema"),
    ({"messages": [{"role": "user", "content": "hola"}],
      "response_format": {"type": "json_schema", "json_schema": {"name": "x", "schema": "object"}}}, "response_format.json_schema.schema"),
    ({"messages": [{"role": "user", "content": "hola"}],
      "response_format": {"type": "json_schema", "json_schema": {"name": "x", "schema": {"$ref": "#/$defs/missing"}}}},
     "response_format.json_schema.schema"),
    ({"messages": [{"role": "user", "content": "hola"}], "tools": [{"type": "function", "function": {"name": "f"}}]}, "tools"),
])
def test_bad_chat_input_is_400(server, payload, param):
    status, body = server.post("/v1/chat/completions", payload)
    assert status == 400, body
    assert body["error"]["type"] == "invalid_request_error"
    assert body["error"]["param"] == param, body


@pytest.mark.parametrize("stream", [False, True])
def test_prompt_longer_than_context_is_400(server, stream):
    _, info = server.get("/info")
    words = info["chat"]["context_size"] * 2
    status, body = server.post("/v1/chat/completions", {
        "messages": [{"role": "user", "content": "carro " * words}], "max_tokens": 5, "stream": stream})
    assert status == 400, body
    assert body["error"]["code"] == "context_length_exceeded"
