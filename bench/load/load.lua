-- wrk script for bench/load/run.sh: the request (GET, or POST of $BODY_FILE as JSON), the
-- session cookie and CSRF token of a logged-in sekreterare, and one machine-readable result line.
local body_file = os.getenv("BODY_FILE")
if body_file and body_file ~= "" then
  local f = assert(io.open(body_file, "rb"))
  wrk.method = "POST"
  wrk.body = f:read("*a")
  f:close()
  wrk.headers["Content-Type"] = "application/json"
end
-- $TYPING: a phrase of the body replaced by a counter in every request, so each preview is of a
-- new text with one § changed, as while the sekreterare types (no answer can be a repeat)
local typing = os.getenv("TYPING")
if typing and typing ~= "" and wrk.body then
  local from, to = wrk.body:find(typing, 1, true)
  assert(from, "TYPING: the phrase is not in the body")
  local head, tail = wrk.body:sub(1, from - 1), wrk.body:sub(to + 1)
  local counter = 0
  request = function()
    counter = counter + 1
    return wrk.format(nil, nil, nil, head .. tostring(100000 + counter) .. tail)
  end
end
wrk.headers["Cookie"] = os.getenv("COOKIE")
wrk.headers["X-CSRF-Token"] = os.getenv("CSRF")

done = function(summary, latency, requests)
  local e = summary.errors
  local seconds = summary.duration / 1e6
  io.write(string.format(
    "RESULT requests=%d seconds=%.1f rps=%.0f p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f max_ms=%.2f"
      .. " socket_errors=%d non2xx=%d bytes_per_response=%.0f\n",
    summary.requests, seconds, summary.requests / seconds,
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000, e.connect + e.read + e.write + e.timeout, e.status,
    summary.bytes / math.max(summary.requests, 1)))
end
