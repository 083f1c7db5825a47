-- wrk script: each wrk thread is one buyer's chat session (run with -t N -c N).
-- OKLA_TOKENS holds the session tokens, comma-separated; OKLA_BENCH_OUT names the JSON result.
-- OKLA_RATE (messages/s over all sessions) paces the sessions: session k sends its n-th message
-- at start + n × sessions / rate, and a message's latency counts from that planned moment, so a
-- server that falls behind pays for the wait too (no coordinated omission). Without it every
-- session sends its next message as soon as the reply arrives (saturation). Session k starts at
-- the k-th message of the cycle: independent buyers do not all send the same (say, the most
-- expensive) message in the same instant.
local ffi = require("ffi")
ffi.cdef [[
  typedef struct { long tv_sec; long tv_nsec; } okla_timespec;
  int clock_gettime(int clock, okla_timespec *ts);
]]
local clock = ffi.new("okla_timespec")
local function now_ms()
  ffi.C.clock_gettime(1, clock) -- CLOCK_MONOTONIC
  return tonumber(clock.tv_sec) * 1000 + tonumber(clock.tv_nsec) / 1e6
end

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
local rate = tonumber(os.getenv("OKLA_RATE") or "")
local assigned = 0
local threads = {}

function setup(thread)
  assigned = assigned + 1
  thread:set("token", tokens[(assigned - 1) % #tokens + 1])
  thread:set("index", assigned - 1)
  threads[#threads + 1] = thread
end

function init(args)
  run_id = os.getenv("OKLA_RUN") or (rate and "paced" or "saturation")
  sent = 0
  failed = 0
  -- Paced latencies in 0.1 ms buckets (the last one holds everything from 10 s up).
  buckets = {}
  answered = 0
  interval = rate and (#tokens / rate * 1000) or nil
  planned = 0
end

function delay()
  if not interval then return 0 end
  -- Sessions are spread over one interval, not all started at once.
  start = start or (now_ms() + index * interval / #tokens)
  return math.max(0, start + sent * interval - now_ms())
end

function request()
  if interval then
    start = start or now_ms()
    planned = math.min(now_ms(), start + sent * interval)
  end
  sent = sent + 1
  -- Ids unique across runs on one server: a repeated id is answered from the stored reply.
  local body = string.format('{"sessionToken":"%s","message":"%s","clientMessageId":"%s-%s-%d"}',
    token, messages[(index + sent - 1) % #messages + 1], token, run_id, sent)
  return wrk.format("POST", "/api/chat/message", { ["Content-Type"] = "application/json" }, body)
end

function response(status, headers, body)
  if status ~= 200 then failed = failed + 1 end
  if interval then
    local bucket = math.min(100000, math.floor((now_ms() - planned) * 10))
    buckets[bucket] = (buckets[bucket] or 0) + 1
    answered = answered + 1
  end
end

-- The latency percentiles of the paced run, from every thread's buckets, in milliseconds.
local function paced_percentiles()
  local counts, total = {}, 0
  for _, thread in ipairs(threads) do
    for bucket, count in pairs(thread:get("buckets")) do
      counts[bucket] = (counts[bucket] or 0) + count
      total = total + count
    end
  end
  local keys = {}
  for bucket in pairs(counts) do keys[#keys + 1] = bucket end
  table.sort(keys)
  local function at(p)
    local seen = 0
    for _, bucket in ipairs(keys) do
      seen = seen + counts[bucket]
      if seen >= p * total then return (bucket + 1) / 10 end
    end
    return 0
  end
  return at(0.5), at(0.95), at(0.99), (keys[#keys] or 0) / 10 + 0.1
end

function done(summary, latency, requests)
  local failures = 0
  for _, thread in ipairs(threads) do failures = failures + thread:get("failed") end
  local seconds = summary.duration / 1e6
  local p50, p95, p99, max = latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000
  local mode = "saturation"
  if rate then p50, p95, p99, max = paced_percentiles(); mode = "paced" end
  local out = io.open(os.getenv("OKLA_BENCH_OUT"), "w")
  out:write(string.format(
    '{\n  "benchmark": "chat-load",\n  "client": "wrk",\n  "backend": "%s",\n  "mode": "%s",\n  "offeredMessagesPerSecond": %s,\n' ..
    '  "sessions": %d,\n  "seconds": %.2f,\n  "messages": %d,\n  "errors": %d,\n  "messagesPerSecond": %.1f,\n' ..
    '  "latencyMs": {"p50": %.2f, "p95": %.2f, "p99": %.2f, "max": %.2f},\n  "at": "%s"\n}\n',
    os.getenv("OKLA_BACKEND") or "sqlite", mode, rate and string.format("%d", rate) or "null", #threads, seconds,
    summary.requests,
    failures + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    summary.requests / seconds, p50, p95, p99, max, os.date("!%Y-%m-%dT%H:%M:%SZ")))
  out:close()
end
