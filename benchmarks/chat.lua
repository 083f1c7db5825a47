-- wrk script: each wrk thread is one buyer's chat session (run with -t N -c N).
-- OKLA_TOKENS holds the session tokens, comma-separated; OKLA_BENCH_OUT names the JSON result.
local messages = {
  "Klk, busco una yipeta pa la familia de menos de dos palos",
  "tienen camionetas diesel?",
  "y en cuanto me deja la primera?",
  "lo financian?",
  "algo automatico del 2018 pa rriba",
  "cual es mejor, la RAV4 o la CR-V?",
  "donde estan ubicados?",
  "busco un carrito economico de menos de 800 mil",
}

local tokens = {}
for t in string.gmatch(os.getenv("OKLA_TOKENS") or "", "[^,]+") do tokens[#tokens + 1] = t end
local assigned = 0
local threads = {}

function setup(thread)
  assigned = assigned + 1
  thread:set("token", tokens[(assigned - 1) % #tokens + 1])
  threads[#threads + 1] = thread
end

function init(args)
  sent = 0
  failed = 0
end

function request()
  sent = sent + 1
  local body = string.format('{"sessionToken":"%s","message":"%s","clientMessageId":"%s-%d"}',
    token, messages[(sent - 1) % #messages + 1], token, sent)
  return wrk.format("POST", "/api/chat/message", { ["Content-Type"] = "application/json" }, body)
end

function response(status, headers, body)
  if status ~= 200 then failed = failed + 1 end
end

function done(summary, latency, requests)
  local failures = 0
  for _, thread in ipairs(threads) do failures = failures + thread:get("failed") end
  local seconds = summary.duration / 1e6
  local out = io.open(os.getenv("OKLA_BENCH_OUT"), "w")
  out:write(string.format(
    '{\n  "benchmark": "chat-load",\n  "client": "wrk",\n  "backend": "%s",\n  "sessions": %d,\n  "seconds": %.2f,\n' ..
    '  "messages": %d,\n  "errors": %d,\n  "messagesPerSecond": %.1f,\n' ..
    '  "latencyMs": {"p50": %.2f, "p95": %.2f, "p99": %.2f, "mean": %.2f, "max": %.2f},\n  "at": "%s"\n}\n',
    os.getenv("OKLA_BACKEND") or "sqlite", #threads, seconds, summary.requests,
    failures + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    summary.requests / seconds, latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000, latency.mean / 1000, latency.max / 1000, os.date("!%Y-%m-%dT%H:%M:%SZ")))
  out:close()
end
