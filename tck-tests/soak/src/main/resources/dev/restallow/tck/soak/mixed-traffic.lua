-- Mixed traffic against the contract's resource set for wrk: the happy path, routing 405s, automatic
-- OPTIONS, 405s below a sub-resource locator, and requests whose method token or path is new each time
-- (so that a cache keyed by request data would grow). Every response is checked against what the
-- contract says: the status, and the exact Allow on 405, 501 and OPTIONS.
--
-- wrk does not say which request a response answers. With one connection per thread (-c equal to -t)
-- a thread's responses come back in the order of its requests, so each thread keeps a queue of the
-- checks it expects. Usage: wrk -t N -c N -d DURATION -s mixed-traffic.lua BASE_URI (ending in "/").

local USERS_ALLOW = "GET, HEAD, POST, OPTIONS"
local USER_ALLOW = "GET, HEAD, PUT, PATCH, DELETE, OPTIONS"
local READONLY_ALLOW = "GET, HEAD, OPTIONS"
local ORG_ALLOW = "GET, HEAD, OPTIONS"
local MEMBERS_ALLOW = "GET, HEAD, POST, OPTIONS"

local threads = {}

function setup(thread)
   thread:set("id", #threads + 1)
   table.insert(threads, thread)
end

function init(args)
   base = wrk.path
   if string.sub(base, -1) ~= "/" then base = base .. "/" end
   counter = 0
   queue = {}
   tail = 0
   -- wrk calls request() once more in its first thread's state to check the request's format
   -- (script_verify_request) and never sends that one
   head = id == 1 and 2 or 1
   responses = 0
   unexpected = 0
   first_problem = ""
end

-- Queues the check for the answer and returns the request.
local function send(method, path, status, allow, headers, body)
   tail = tail + 1
   queue[tail] = { status = status, allow = allow, what = method .. " " .. base .. path }
   return wrk.format(method, base .. path, headers, body)
end

local json = { ["Content-Type"] = "application/json" }

function request()
   counter = counter + 1
   local unique = id .. "x" .. counter
   local kind = counter % 10
   if kind == 0 then return send("GET", "users", 200)
   elseif kind == 1 then return send("DELETE", "users", 405, USERS_ALLOW)
   elseif kind == 2 then return send("OPTIONS", "users/7", 200, USER_ALLOW)
   elseif kind == 3 then return send("GET", "users/" .. unique, 200)
   elseif kind == 4 then return send("PUT", "readonly", 405, READONLY_ALLOW, json, "{}")
   elseif kind == 5 then return send("DELETE", "orgs/acme", 405, ORG_ALLOW)
   elseif kind == 6 then return send("OPTIONS", "orgs/" .. unique .. "/members", 200, MEMBERS_ALLOW)
   elseif kind == 7 then return send("PATCH", "users;v=" .. unique, 405, USERS_ALLOW, json, "{}")
   -- a method token that no resource implements, new each time: 501 (rest-allow.unknown-method=501)
   elseif kind == 8 then return send("X" .. unique, "users", 501, USERS_ALLOW)
   else return send("GET", "nowhere/" .. unique, 404)
   end
end

function response(status, headers, body)
   local expected = queue[head]
   queue[head] = nil
   head = head + 1
   responses = responses + 1
   if expected == nil then
      return
   end
   local allow = headers["Allow"] or headers["allow"]
   local problem = nil
   if status ~= expected.status then
      problem = expected.what .. ": status " .. status .. ", expected " .. expected.status
   elseif expected.allow ~= nil and allow ~= expected.allow then
      problem = expected.what .. ": Allow " .. tostring(allow) .. ", expected " .. expected.allow
   end
   if problem ~= nil then
      unexpected = unexpected + 1
      if first_problem == "" then first_problem = problem end
   end
end

function done(summary, latency, requests)
   local checked, wrong, first = 0, 0, ""
   for _, thread in ipairs(threads) do
      checked = checked + thread:get("responses")
      wrong = wrong + thread:get("unexpected")
      local problem = thread:get("first_problem")
      if first == "" and problem ~= nil then first = problem end
   end
   io.write(string.format("rest-allow-soak requests=%d checked=%d unexpected=%d errors=%d first=%s\n",
      summary.requests, checked, wrong,
      -- socket errors only: wrk's errors.status counts every status >= 400, which this traffic expects
      summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout, first))
end
