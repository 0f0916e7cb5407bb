-- wrk script: each request registers a new complaint as a case (POST /api/v1/cases) with its own Idempotency-Key,
-- new valid DNIs for victim and aggressor (no duplicates to link), and a protected address.
-- Environment: TOKEN (Bearer token of a partner with cases:write), UNIT (responsible unit id, e.g. UFAM-VA's).
-- THINK_MS (optional): a pause per connection before each request, to run below the saturation rate.
local counter = 0
local think = tonumber(os.getenv("THINK_MS") or "0")
if think > 0 then
  delay = function() return think end
end
local thread_id = 0
local LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"

function setup(thread)
  thread_id = thread_id + 1
  thread:set("tid", thread_id)
end

function init(args)
  math.randomseed(os.time() + tid * 7919)
  run = math.random(1, 899)
end

local function dni(n)
  local i = (n % 23) + 1
  return string.format("%08d%s", n, LETTERS:sub(i, i))
end

-- birth dates spread over 40 years, as in real data (the duplicate search compares people born the same day)
local function birth(n, from)
  return string.format("%04d-%02d-%02d", from + (n % 40), 1 + (n % 12), 1 + (n % 28))
end

request = function()
  counter = counter + 1
  -- distinct 8-digit numbers per run, thread and request
  local base = 10000000 + ((run * 97 + tid) * 1000000 + counter * 2) % 89999998
  local key = "bench-case-" .. run .. "-" .. tid .. "-" .. counter
  local body = string.format([[{"complaint":{"atestadoNumber":"%s","filedAt":"2026-11-20T10:00:00Z","place":"Domicilio",
"municipalityCode":"47186","channel":"VICTIM","summary":"Denuncia de carga"},
"victim":{"identity":{"firstName":"Carga","lastName1":"Prueba","lastName2":"Bench","documentType":"DNI",
"documentNumber":"%s","birthDate":"%s","nationality":"española"},"language":"español",
"interpreterNeeded":false,"safeContactChannel":"móvil","safeCallWindow":"mañanas","phone":"600111222",
"address":"C/ Secreta 1","addressProtected":true},
"aggressor":{"identity":{"firstName":"Agresor","lastName1":"Carga","documentType":"DNI","documentNumber":"%s",
"birthDate":"%s"},"relationship":"EX_PARTNER","cohabiting":false,"weaponsLicence":false,"whereaboutsKnown":true},
"minors":[],"responsibleUnitId":%s}]], key, dni(base), birth(base, 1965), dni(base + 1), birth(base + 7, 1955),
    os.getenv("UNIT"))
  local headers = {}
  headers["Content-Type"] = "application/json"
  headers["Authorization"] = "Bearer " .. os.getenv("TOKEN")
  headers["Idempotency-Key"] = key
  return wrk.format("POST", "/api/v1/cases", headers, body)
end

local statuses = {}
response = function(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
end

done = function(summary, latency, requests)
  io.write(string.format("requests: %d, errors: connect %d read %d write %d status %d timeout %d\n",
    summary.requests, summary.errors.connect, summary.errors.read, summary.errors.write, summary.errors.status,
    summary.errors.timeout))
end
