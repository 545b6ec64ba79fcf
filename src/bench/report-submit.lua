-- wrk script for src/bench/report-submit.sh: each request sends one incident report with no photo,
-- as the form page does (multipart/form-data), under a fresh submission id (UUID v4), so every
-- request should make one new report and answer 303 See Other to its receipt.
--
-- Read from the environment (set by report-submit.sh):
--   BENCH_TOKEN       the observer's access token (Authorization: Bearer)
--   BENCH_CSRF_COOKIE the value of the "csrf" cookie from the form page
--   BENCH_CSRF_TOKEN  the form's hidden "csrf-token" value
--   BENCH_PATH        the form's action, e.g. /observer/stations/180001/report
--   BENCH_RESULT      file done() writes its figures to (key=value lines)
--   BENCH_CODES       file done() writes the receipt code of every 303 to, one a line
--   BENCH_ERRORS      file done() writes a few error responses to

local token = assert(os.getenv("BENCH_TOKEN"), "BENCH_TOKEN not set")
local csrf_cookie = assert(os.getenv("BENCH_CSRF_COOKIE"), "BENCH_CSRF_COOKIE not set")
local csrf_token = assert(os.getenv("BENCH_CSRF_TOKEN"), "BENCH_CSRF_TOKEN not set")
local path = os.getenv("BENCH_PATH") or "/observer/stations/180001/report"

local boundary = "----ObserverBench7MA4FxnE2y"
local headers = {
  ["Authorization"] = "Bearer " .. token,
  ["Cookie"] = "csrf=" .. csrf_cookie,
  ["Content-Type"] = "multipart/form-data; boundary=" .. boundary,
  ["Accept"] = "text/html",
}

local function part(name, value)
  return "--" .. boundary .. "\r\nContent-Disposition: form-data; name=\"" .. name .. "\"\r\n\r\n"
    .. value .. "\r\n"
end

-- Everything but the submission id is the same in each request: built once.
local before_id = part("csrf-token", csrf_token)
local after_id = part("phase", "VOTING")
  .. part("category", "OTHER")
  .. part("severity", "MINOR")
  .. part("observedAt", "2023-03-19T10:15")
  .. part("description", "Benchmark report: the ballot box seal was not shown to the observers before voting started.")
  .. part("peopleInvolved", "")
  .. part("reportedToCommission", "no")
  .. part("commissionAnswer", "")
  .. part("action", "send")
  .. "--" .. boundary .. "--\r\n"

-- ---- main state: one table per wrk thread, gathered in done() ----
local threads = {}

function setup(thread)
  thread:set("thread_no", #threads + 1)
  table.insert(threads, thread)
end

-- ---- thread state ----
local hex = "0123456789abcdef"

local function urandom_seed()
  local f = io.open("/dev/urandom", "rb")
  local seed = 0
  if f then
    local bytes = f:read(6)
    f:close()
    for i = 1, #bytes do seed = seed * 256 + bytes:byte(i) end
  end
  return seed
end

function init(args)
  -- each thread its own seed from the kernel, so two threads never make the same ids
  math.randomseed(urandom_seed() + (thread_no or 0) * 7919 + os.time())
  sent = 0
  ok = 0
  statuses = {}
  codes = {}
  error_samples = {}
end

-- A random UUID version 4 (RFC 4122): 122 random bits, version nibble 4, variant bits 10.
local function uuid4()
  local out = {}
  for i = 1, 32 do
    local n
    if i == 13 then
      n = 4
    elseif i == 17 then
      n = 8 + math.random(0, 3)
    else
      n = math.random(0, 15)
    end
    out[#out + 1] = hex:sub(n + 1, n + 1)
    if i == 8 or i == 12 or i == 16 or i == 20 then out[#out + 1] = "-" end
  end
  return table.concat(out)
end

function request()
  sent = sent + 1
  local body = before_id .. part("submissionId", uuid4()) .. after_id
  return wrk.format("POST", path, headers, body)
end

function response(status, resp_headers, body)
  local key = tostring(status)
  statuses[key] = (statuses[key] or 0) + 1
  if status == 303 then
    ok = ok + 1
    local location = resp_headers["Location"] or resp_headers["location"] or ""
    codes[#codes + 1] = location:match("/reports/([%w%-]+)") or ("?" .. location)
  elseif #error_samples < 3 then
    local location = resp_headers["Location"] or resp_headers["location"]
    error_samples[#error_samples + 1] = "HTTP " .. status .. (location and (" Location: " .. location) or "")
      .. "\n" .. (body or ""):sub(1, 1500)
  end
end

function done(summary, latency, requests)
  local total_sent, total_ok, non303 = 0, 0, 0
  local all_statuses, samples = {}, {}
  local codes_file = os.getenv("BENCH_CODES") and io.open(os.getenv("BENCH_CODES"), "w")
  for _, thread in ipairs(threads) do
    total_sent = total_sent + (thread:get("sent") or 0)
    total_ok = total_ok + (thread:get("ok") or 0)
    for status, count in pairs(thread:get("statuses") or {}) do
      all_statuses[status] = (all_statuses[status] or 0) + count
      if status ~= "303" then non303 = non303 + count end
    end
    for _, code in ipairs(thread:get("codes") or {}) do
      if codes_file then codes_file:write(code, "\n") end
    end
    for _, sample in ipairs(thread:get("error_samples") or {}) do
      if #samples < 5 then samples[#samples + 1] = sample end
    end
  end
  if codes_file then codes_file:close() end

  local e = summary.errors
  local socket_errors = e.connect + e.read + e.write + e.timeout
  local seconds = summary.duration / 1e6
  local status_list = {}
  for status, count in pairs(all_statuses) do status_list[#status_list + 1] = status .. ":" .. count end
  table.sort(status_list)

  local lines = {
    "seconds=" .. string.format("%.3f", seconds),
    "sent=" .. total_sent,
    "responses=" .. summary.requests,
    "ok303=" .. total_ok,
    "non303=" .. non303,
    "socket_errors=" .. socket_errors,
    "errors=" .. (non303 + socket_errors),
    "statuses=" .. table.concat(status_list, ","),
    "rate=" .. string.format("%.1f", total_ok / seconds),
    "p50_ms=" .. string.format("%.2f", latency:percentile(50) / 1000),
    "p90_ms=" .. string.format("%.2f", latency:percentile(90) / 1000),
    "p99_ms=" .. string.format("%.2f", latency:percentile(99) / 1000),
    "max_ms=" .. string.format("%.2f", latency.max / 1000),
  }
  local result = os.getenv("BENCH_RESULT")
  if result then
    local f = assert(io.open(result, "w"))
    f:write(table.concat(lines, "\n"), "\n")
    f:close()
  end
  io.write("-- report-submit.lua: ", table.concat(lines, " "), "\n")
  local errors_file = os.getenv("BENCH_ERRORS")
  if errors_file then
    local f = assert(io.open(errors_file, "w"))
    f:write(table.concat(samples, "\n-----\n"), "\n")
    f:close()
  end
end
