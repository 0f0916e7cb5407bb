-- wrk script: each request is a new partner submission with its own Idempotency-Key (no replays).
-- Endpoint: POST /api/v1/partner/subscriptions (the partners module's own submission: one row per request).
-- Set TOKEN in the environment (Bearer token of the partner).
local counter = 0
local thread_id = 0
local threads = {}

function setup(thread)
  thread_id = thread_id + 1
  thread:set("tid", thread_id)
  table.insert(threads, thread)
end

function init(args)
  math.randomseed(os.time() + tid * 7919)
  run = tostring(math.random(1, 1e9))
end

request = function()
  counter = counter + 1
  local key = "bench-" .. run .. "-" .. tid .. "-" .. counter
  local body = '{"eventTypes":["LEVEL_CHANGED"],"callbackUrl":"http://127.0.0.1:9/bench/' .. key .. '"}'
  local headers = {}
  headers["Content-Type"] = "application/json"
  headers["Authorization"] = "Bearer " .. os.getenv("TOKEN")
  headers["Idempotency-Key"] = key
  return wrk.format("POST", "/api/v1/partner/subscriptions", headers, body)
end

response = function(status, headers, body)
  if status ~= 201 then
    errors = (errors or 0) + 1
    if errors <= 3 then io.stderr:write("unexpected status " .. status .. ": " .. body .. "\n") end
  end
end
