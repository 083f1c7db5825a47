"""Schemathesis hooks for scripts/fuzz.sh (loaded through SCHEMATHESIS_HOOKS).

Safety:
- Every generated `webhookUrl` (dealer bodies and dealer rows of inventory imports) is pointed
  at a closed port on the loopback, so a server that delivers events never posts to an address
  off this machine.

Depth (random ids only ever reach the 404 of an unknown dealer, vehicle or session):
- Path parameters are sometimes replaced by a consistent pair taken from the running `okla demo`
  server: a demo dealer and one of its vehicles, a session opened here for that dealer, or a
  briefing of such a session.
- `sessionToken` in chat bodies is sometimes replaced by one of those sessions. `POST
  /api/chat/end` gets sessions of its own, so the others stay active (ended ones are mixed in to
  reach the 409s).
- A body's `dealerId` / `vehicleId` is set to the path's, as the API requires.

The sessions are opened when this file is loaded, against FUZZ_BASE_URL (set by fuzz.sh); without
it, or when the server does not answer, only the random values are used.
"""

from __future__ import annotations

import json
import os
import pathlib
import urllib.request
from typing import Any

import schemathesis
from hypothesis import strategies as st

LOOPBACK_WEBHOOK = "http://127.0.0.1:9/okla-fuzz-webhook"
ROOT = pathlib.Path(__file__).resolve().parent.parent
DEMO = ROOT / "Sources/OKLAServer/Resources/demo/inventory.json"


def _demo_vehicles() -> list[tuple[str, str]]:
    try:
        data = json.loads(DEMO.read_text())
        return [(v["dealerId"], v["vehicleId"]) for v in data.get("vehicles", [])]
    except (OSError, ValueError, KeyError):
        return [("motores-del-caribe", "MDC-0001"), ("santiago-auto-plaza", "SAP-0001")]


VEHICLES = _demo_vehicles()
DEALERS = sorted({dealer for dealer, _ in VEHICLES})


def _post(base: str, path: str, body: dict[str, Any]) -> dict[str, Any]:
    request = urllib.request.Request(
        base + path, data=json.dumps(body).encode(), headers={"Content-Type": "application/json"}, method="POST"
    )
    with urllib.request.urlopen(request, timeout=10) as response:
        return json.loads(response.read())


def _open_sessions() -> tuple[list[tuple[str, str]], list[tuple[str, str]], list[tuple[str, str]]]:
    """(live sessions, sessions for /end, briefings), each as (dealerId, id)."""
    base = os.environ.get("FUZZ_BASE_URL", "").rstrip("/")
    live: list[tuple[str, str]] = []
    ending: list[tuple[str, str]] = []
    briefings: list[tuple[str, str]] = []
    if not base:
        return live, ending, briefings
    try:
        for i, dealer in enumerate(DEALERS * 3):
            channel = "WhatsApp" if i % 2 else "WebChat"
            metadata = {"phone": f"80955500{i:02d}"} if channel == "WhatsApp" else {}
            start = _post(base, "/api/chat/start", {"sessionType": channel, "dealerId": dealer, "metadata": metadata})
            (ending if i >= len(DEALERS) * 2 else live).append((dealer, start["sessionToken"]))
        # One session handed to a salesperson: its briefing, and a chat the bot is silent in.
        dealer, token = live[-1]
        handoff = _post(base, "/api/chat/transfer", {"sessionToken": token, "reason": "fuzz"})
        if handoff.get("briefingId"):
            briefings.append((dealer, handoff["briefingId"]))
    except Exception as error:  # the run goes on with random values only
        print(f"fuzz_hooks: could not open demo sessions at {base}: {error}")
    return live, ending, briefings


LIVE, ENDING, BRIEFINGS = _open_sessions()


def _loopback_webhooks(value: Any) -> Any:
    if isinstance(value, dict):
        return {
            key: (LOOPBACK_WEBHOOK if key == "webhookUrl" and isinstance(item, str) else _loopback_webhooks(item))
            for key, item in value.items()
        }
    if isinstance(value, list):
        return [_loopback_webhooks(item) for item in value]
    return value


def _path(context) -> str:
    return getattr(getattr(context, "operation", None), "path", "") or ""


@schemathesis.hook.apply_to(path_regex=r"^/api/dealers")
def map_body(context, body):
    return _loopback_webhooks(body)


# Hooks that change nothing still cost: limit them to the operations they serve.
@schemathesis.hook.apply_to(path_regex=r"^/api/chat/(message|end|transfer)$")
def flatmap_body(context, body):
    if not isinstance(body, dict) or not isinstance(body.get("sessionToken"), str):
        return st.just(body)
    pool = ENDING if _path(context) == "/api/chat/end" else LIVE + ENDING[:1]
    if not pool:
        return st.just(body)
    real = st.sampled_from([{**body, "sessionToken": token} for _, token in pool])
    # Mostly a real session: a random token only ever reaches the 404.
    return st.one_of(st.just(body), real, real)


@schemathesis.hook.apply_to(path_regex=r"^/api/dealers/\{dealerId\}")
def flatmap_path_parameters(context, path_parameters):
    if not isinstance(path_parameters, dict) or "dealerId" not in path_parameters:
        return st.just(path_parameters)
    names = set(path_parameters)
    if "vehicleId" in names:
        pairs = [{"dealerId": d, "vehicleId": v} for d, v in VEHICLES]
    elif "token" in names:
        pairs = [{"dealerId": d, "token": t} for d, t in LIVE + ENDING]
    elif "briefingId" in names:
        pairs = [{"dealerId": d, "briefingId": b} for d, b in BRIEFINGS]
    else:
        pairs = [{"dealerId": d} for d in DEALERS]
    if not pairs:
        return st.just(path_parameters)
    return st.one_of(st.just(path_parameters), st.sampled_from([{**path_parameters, **pair} for pair in pairs]))


LIVE_TOKENS = {token for _, token in LIVE}


@schemathesis.hook.apply_to(path_regex=r"^/api/(dealers/|chat/end$)")
def map_case(context, case):
    """A body's dealerId / vehicleId follow the path's (a mismatch is a plain 422), and the live
    sessions are never ended: schemathesis also reuses tokens it saw in responses."""
    body, params = case.body, case.path_parameters or {}
    if isinstance(body, dict):
        keys = [k for k in ("dealerId", "vehicleId") if k in body and k in params]
        if keys:
            case.body = body = {**body, **{k: params[k] for k in keys}}
        token = body.get("sessionToken")
        if _path(context) == "/api/chat/end" and isinstance(token, str) and token in LIVE_TOKENS and ENDING:
            case.body = {**body, "sessionToken": ENDING[len(token) % len(ENDING)][1]}
    return case
