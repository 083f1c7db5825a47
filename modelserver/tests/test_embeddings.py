import base64
import math
import struct

import pytest

DIMS = 384


def vectors(server, texts, **extra):
    status, body = server.post("/v1/embeddings", {"input": texts, "model": "all-MiniLM-L6-v2", **extra})
    assert status == 200, body
    return body


def dot(a, b):
    return sum(x * y for x, y in zip(a, b))


def norm(a):
    return math.sqrt(dot(a, a))


def test_single_string_shape(server):
    body = vectors(server, "Toyota Corolla 2018 automático, gasolina")
    assert body["object"] == "list"
    assert body["model"] == "all-MiniLM-L6-v2"
    assert len(body["data"]) == 1
    d = body["data"][0]
    assert d["object"] == "embedding" and d["index"] == 0
    assert len(d["embedding"]) == DIMS
    assert all(isinstance(x, float) for x in d["embedding"])
    assert abs(norm(d["embedding"]) - 1.0) < 1e-3
    assert body["usage"]["prompt_tokens"] > 3
    assert body["usage"]["total_tokens"] == body["usage"]["prompt_tokens"]


def test_list_is_normalised_and_in_order(server):
    # More texts than one internal batch (32), with distinct content at each position.
    texts = [f"Vehículo número {i}: {m} {2010 + i % 14}, {i * 1000} km" for i, m in
             enumerate(["Toyota Corolla", "Honda Civic", "Hyundai Tucson", "Kia Sportage", "Nissan Frontier"] * 14)]
    body = vectors(server, texts)
    assert [d["index"] for d in body["data"]] == list(range(len(texts)))
    for d in body["data"]:
        assert len(d["embedding"]) == DIMS
        assert abs(norm(d["embedding"]) - 1.0) < 1e-3
    # Each position holds its own text's vector: same as embedding that text alone.
    for i in (0, 1, 31, 32, 33, 69):
        alone = vectors(server, texts[i])["data"][0]["embedding"]
        assert dot(alone, body["data"][i]["embedding"]) > 0.999, i
    # ...and not its neighbour's.
    assert dot(body["data"][0]["embedding"], body["data"][1]["embedding"]) < 0.99


TRIPLES = [
    ("Toyota Corolla 2018 automático, gasolina, 45,000 km", "Toyota Corolla 2019 de transmisión automática",
     "Receta de habichuelas con dulce para Semana Santa"),
    ("Honda Civic rojo, motor 2.0, un solo dueño", "Honda Civic color rojo con un dueño",
     "El partido de béisbol terminó empatado"),
    ("camioneta 4x4 diésel para trabajo", "pickup doble cabina 4x4 diésel", "me duele la cabeza desde ayer"),
    ("Hyundai Tucson 2020 con cámara de reversa", "Hyundai Tucson año 2020, cámara trasera",
     "Horario de la farmacia los domingos"),
    ("carro barato y económico en combustible", "vehículo de bajo consumo de gasolina y buen precio",
     "la playa de Boca Chica estaba llena"),
    ("Busco una yipeta para la familia", "Quiero una jeepeta familiar de siete pasajeros",
     "¿A qué hora abre el banco mañana?"),
]


@pytest.mark.parametrize("anchor,similar,unrelated", TRIPLES)
def test_similar_spanish_car_phrases_are_closer(server, anchor, similar, unrelated):
    a, s, u = (d["embedding"] for d in vectors(server, [anchor, similar, unrelated])["data"])
    assert dot(a, s) > dot(a, u) + 0.05, (dot(a, s), dot(a, u))


def test_base64_encoding_matches_floats(server):
    text = "Kia Sportage 2021, financiamiento disponible"
    floats = vectors(server, text)["data"][0]["embedding"]
    b64 = vectors(server, text, encoding_format="base64")["data"][0]["embedding"]
    raw = base64.b64decode(b64)
    assert len(raw) == DIMS * 4
    decoded = struct.unpack(f"<{DIMS}f", raw)
    assert max(abs(x - y) for x, y in zip(decoded, floats)) < 1e-5


def test_empty_string_is_embedded(server):
    body = vectors(server, [""])
    assert len(body["data"][0]["embedding"]) == DIMS


@pytest.mark.parametrize("payload,param", [
    ({}, "input"),
    ({"input": []}, "input"),
    ({"input": 42}, "input"),
    ({"input": [1, 2, 3]}, "input"),
    ({"input": ["ok", None]}, "input"),
    ({"input": {"text": "hola"}}, "input"),
    ({"input": "hola", "dimensions": 128}, "dimensions"),
    ({"input": "hola", "encoding_format": "int8"}, "encoding_format"),
    ({"input": "hola", "model": 7}, "model"),
])
def test_bad_input_is_400(server, payload, param):
    status, body = server.post("/v1/embeddings", payload)
    assert status == 400, body
    assert body["error"]["type"] == "invalid_request_error"
    assert body["error"]["param"] == param
    assert body["error"]["message"]


@pytest.mark.parametrize("raw", [b"", b"{not json", b"[1, 2]", b"\xff\xfe", b'"text"'])
def test_malformed_body_is_400(server, raw):
    status, body = server.post("/v1/embeddings", raw=raw)
    assert status == 400, body
    assert body["error"]["code"] == "invalid_json"


def test_too_many_inputs_is_400(server):
    status, body = server.post("/v1/embeddings", {"input": ["x"] * 2049})
    assert status == 400
    assert "at most" in body["error"]["message"]


def test_onnx_int8_backend_matches_torch(server):
    """--embedding-backend onnx-int8 (needs `install --onnx`; skipped otherwise)."""
    pytest.importorskip("onnxruntime")
    pytest.importorskip("onnx")
    from conftest import Server
    texts = [t for triple in TRIPLES for t in triple]
    ref = [d["embedding"] for d in vectors(server, texts)["data"]]
    s = Server("--no-chat", "--embedding-backend", "onnx-int8")
    try:
        status, health = s.get("/health")
        assert health["backends"]["embeddings"]["backend"] == "onnx-int8", health
        status, body = s.post("/v1/embeddings", {"input": texts})
        assert status == 200
        for r, d in zip(ref, body["data"]):
            assert len(d["embedding"]) == DIMS
            assert abs(norm(d["embedding"]) - 1.0) < 1e-3
            assert dot(r, d["embedding"]) > 0.97
    finally:
        s.stop()
