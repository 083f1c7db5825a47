#!/usr/bin/env python3
"""An instant OpenAI-compatible chat server for benchmarks/run_llm.sh.

It answers every request at once with JSON that follows the engine's schema: the function the
schema requires (with plausible arguments), otherwise no call and a short grounded reply. With
the model's time near zero, what `okla llm bench` measures is the engine's own cost around the
call. Standard library only.
"""
import argparse
import json
import re
import sys
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

ARGUMENTS = {
    "search_inventory": {"filters": {k: None for k in ("body_type", "make", "model", "year_min", "year_max", "price_max",
                                                        "currency", "transmission", "fuel", "seats_min")}, "query": ""},
    "compare_vehicles": {"vehicleIds": []},
    "schedule_appointment": {"vehicleId": None, "when": "el sábado a las 10 de la mañana"},
    "get_financing_quote": {"vehicleId": None, "downPaymentPercent": None, "termMonths": 48},
    "transfer_to_human": {"reason": "quiere hablar con un vendedor"},
}


def content_for(body: dict) -> str:
    schema = json.dumps(((body.get("response_format") or {}).get("json_schema") or {}).get("schema") or {})
    if '"functionCall"' not in schema:
        return json.dumps({"response": "¡Claro! Aquí tienes lo que encontré; dime si quieres más detalles."}, ensure_ascii=False)
    call = None
    required = re.search(r'"functionCall": \{"type": "object".*?"const": "(\w+)"', schema)
    if required:
        call = {"name": required.group(1), "arguments": ARGUMENTS[required.group(1)]}
    return json.dumps({"intent": "greeting", "confidence": 0.9,
                       "leadSignals": {"budget": None, "urgency": None, "financing": False, "tradeIn": False},
                       "functionCall": call, "response": "" if call else "¡Hola! Dime qué vehículo buscas y te ayudo."},
                      ensure_ascii=False)


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    # One write per response and no Nagle: otherwise delayed ACKs add 40 ms to every "instant" reply.
    wbufsize = -1
    disable_nagle_algorithm = True

    def log_message(self, *args):
        pass

    def do_POST(self):
        body = json.loads(self.rfile.read(int(self.headers.get("Content-Length", "0"))) or b"{}")
        text = content_for(body)
        if body.get("stream"):
            pieces = [text[i:i + 8] for i in range(0, len(text), 8)]
            events = "".join("data: " + json.dumps({"choices": [{"index": 0, "delta": {"content": p}}]}) + "\n\n" for p in pieces)
            data = (events + "data: [DONE]\n\n").encode()
            kind = "text/event-stream"
        else:
            data = json.dumps({"choices": [{"index": 0, "message": {"role": "assistant", "content": text}, "finish_reason": "stop"}],
                               "usage": {"prompt_tokens": 500, "completion_tokens": len(text) // 4}}).encode()
            kind = "application/json"
        self.send_response(200)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--port", type=int, default=0)
    server = ThreadingHTTPServer(("127.0.0.1", ap.parse_args().port), Handler)
    print(f"fake-openai: port {server.server_address[1]}", file=sys.stderr, flush=True)
    server.serve_forever()
