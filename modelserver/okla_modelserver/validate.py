"""Request validation: everything a client can get wrong becomes a 400 with an OpenAI error."""
from __future__ import annotations

import json
from typing import Any

from .errors import bad_request

ROLES = {"system", "user", "assistant", "tool", "developer"}


def parse_json_body(raw: bytes) -> dict:
    if not raw or not raw.strip():
        raise bad_request("request body is empty; expected a JSON object", None, "invalid_json")
    try:
        body = json.loads(raw)
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as e:
        raise bad_request(f"request body is not valid JSON: {e}", None, "invalid_json")
    if not isinstance(body, dict):
        raise bad_request("request body must be a JSON object", None, "invalid_json")
    return body


def _is_int(v: Any) -> bool:
    return isinstance(v, int) and not isinstance(v, bool)


def _is_num(v: Any) -> bool:
    return (isinstance(v, (int, float)) and not isinstance(v, bool)) and v == v and v not in (float("inf"), float("-inf"))


def embeddings_request(body: dict, max_inputs: int, dims: int | None) -> tuple[list[str], str]:
    """(texts, encoding_format)."""
    if "input" not in body:
        raise bad_request("'input' is required: a string or a list of strings", "input", "missing_required_parameter")
    inp = body["input"]
    if isinstance(inp, str):
        texts = [inp]
    elif isinstance(inp, list):
        if not inp:
            raise bad_request("'input' must not be an empty list", "input")
        if not all(isinstance(t, str) for t in inp):
            if all(_is_int(t) or (isinstance(t, list) and all(_is_int(x) for x in t)) for t in inp):
                raise bad_request("token-id input is not supported; send strings", "input")
            raise bad_request("'input' must be a string or a list of strings", "input")
        texts = inp
    else:
        raise bad_request("'input' must be a string or a list of strings", "input")
    if len(texts) > max_inputs:
        raise bad_request(f"'input' has {len(texts)} items; at most {max_inputs} per request", "input")
    fmt = body.get("encoding_format", "float")
    if fmt is None:
        fmt = "float"
    if fmt not in ("float", "base64"):
        raise bad_request("'encoding_format' must be 'float' or 'base64'", "encoding_format")
    d = body.get("dimensions")
    if d is not None and (not _is_int(d) or (dims is not None and d != dims)):
        raise bad_request(f"'dimensions' must be {dims} for this model (it cannot be shortened)", "dimensions")
    if "model" in body and body["model"] is not None and not isinstance(body["model"], str):
        raise bad_request("'model' must be a string", "model")
    return texts, fmt


def _content_text(content: Any, i: int) -> str:
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        parts = []
        for j, part in enumerate(content):
            if isinstance(part, str):
                parts.append(part)
            elif isinstance(part, dict) and part.get("type") == "text" and isinstance(part.get("text"), str):
                parts.append(part["text"])
            else:
                raise bad_request(f"messages[{i}].content[{j}]: only text parts are supported", f"messages[{i}].content")
        return "".join(parts)
    raise bad_request(f"messages[{i}].content must be a string or a list of text parts", f"messages[{i}].content")


def chat_request(body: dict, n_ctx: int | None) -> dict:
    """A normalised copy of the request with the fields the backend uses."""
    out: dict[str, Any] = {}
    msgs = body.get("messages")
    if msgs is None:
        raise bad_request("'messages' is required", "messages", "missing_required_parameter")
    if not isinstance(msgs, list) or not msgs:
        raise bad_request("'messages' must be a non-empty list", "messages")
    norm = []
    for i, m in enumerate(msgs):
        if not isinstance(m, dict):
            raise bad_request(f"messages[{i}] must be an object", f"messages[{i}]")
        role = m.get("role")
        if role not in ROLES:
            raise bad_request(f"messages[{i}].role must be one of {sorted(ROLES)}", f"messages[{i}].role")
        content = m.get("content")
        if content is None and role == "assistant":
            content = ""
        text = _content_text(content, i)
        norm.append({"role": "system" if role == "developer" else role, "content": text})
    out["messages"] = norm

    if "model" in body and body["model"] is not None and not isinstance(body["model"], str):
        raise bad_request("'model' must be a string", "model")
    for k in ("tools", "functions", "tool_choice", "function_call"):
        if body.get(k) not in (None, [], "none"):
            raise bad_request(f"'{k}' is not supported by this server; use response_format json_schema", k, "unsupported_parameter")

    mt = body.get("max_completion_tokens", body.get("max_tokens"))
    if mt is not None:
        if not _is_int(mt) or mt < 1:
            raise bad_request("'max_tokens' must be an integer >= 1", "max_tokens")
        if n_ctx is not None and mt > n_ctx:
            raise bad_request(f"'max_tokens' ({mt}) exceeds the context size ({n_ctx})", "max_tokens")
        out["max_tokens"] = mt
    for k, lo, hi in (("temperature", 0.0, 2.0), ("top_p", 0.0, 1.0), ("presence_penalty", -2.0, 2.0),
                      ("frequency_penalty", -2.0, 2.0), ("min_p", 0.0, 1.0), ("repeat_penalty", 0.0, 10.0)):
        v = body.get(k)
        if v is None:
            continue
        if not _is_num(v) or not (lo <= v <= hi):
            raise bad_request(f"'{k}' must be a number between {lo:g} and {hi:g}", k)
        out[k] = float(v)
    if body.get("top_k") is not None:
        if not _is_int(body["top_k"]) or body["top_k"] < 0:
            raise bad_request("'top_k' must be an integer >= 0", "top_k")
        out["top_k"] = body["top_k"]
    if body.get("seed") is not None:
        if not _is_int(body["seed"]):
            raise bad_request("'seed' must be an integer", "seed")
        out["seed"] = body["seed"] & 0xFFFFFFFF
    n = body.get("n")
    if n is not None and n != 1:
        raise bad_request("only n=1 is supported", "n")
    stop = body.get("stop")
    if stop is not None:
        if isinstance(stop, str):
            stop = [stop]
        if not isinstance(stop, list) or len(stop) > 4 or not all(isinstance(s, str) and s for s in stop):
            raise bad_request("'stop' must be a string or a list of up to 4 non-empty strings", "stop")
        out["stop"] = stop
    stream = body.get("stream", False)
    if stream is None:
        stream = False
    if not isinstance(stream, bool):
        raise bad_request("'stream' must be a boolean", "stream")
    out["stream"] = stream
    so = body.get("stream_options")
    out["include_usage"] = False
    if so is not None:
        if not isinstance(so, dict):
            raise bad_request("'stream_options' must be an object", "stream_options")
        out["include_usage"] = bool(so.get("include_usage", False))

    rf = body.get("response_format")
    if rf is not None:
        if not isinstance(rf, dict) or rf.get("type") not in ("text", "json_object", "json_schema"):
            raise bad_request("'response_format.type' must be 'text', 'json_object' or 'json_schema'", "response_format.type")
        if rf["type"] == "json_schema":
            js = rf.get("json_schema")
            if not isinstance(js, dict):
                raise bad_request("'response_format.json_schema' must be an object with a 'schema'", "response_format.json_schema")
            if not isinstance(js.get("schema"), dict):
                raise bad_request("'response_format.json_schema.schema' must be a JSON Schema object", "response_format.json_schema.schema")
        if rf["type"] == "json_object" and rf.get("schema") is not None and not isinstance(rf["schema"], dict):
            raise bad_request("'response_format.schema' must be a JSON Schema object", "response_format.schema")
        out["response_format"] = rf
    return out
