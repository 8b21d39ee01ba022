-- Counts every status a wrk run is answered with, per thread, and ends with report.lua's
-- RESULT line, then a STATUS line (code=count ...). A script loads it first, then defines
-- its own init (which must set counts = {}) and request:
--   dofile((debug.getinfo(1, "S").source:match("^@(.*/)") or "./") .. "status-counts.lua")
-- Each thread gets an id (1, 2, ...) to start its requests apart from the others'.
dofile((debug.getinfo(1, "S").source:match("^@(.*/)") or "./") .. "report.lua")
local report = done

local threads = {}
local next_id = 0

setup = function(thread)
  next_id = next_id + 1
  thread:set("id", next_id)
  table.insert(threads, thread)
end

response = function(status, headers, body)
  counts[status] = (counts[status] or 0) + 1
end

done = function(summary, latency, requests)
  report(summary, latency, requests)
  local total = {}
  for _, thread in ipairs(threads) do
    for status, count in pairs(thread:get("counts")) do
      total[status] = (total[status] or 0) + count
    end
  end
  local line = "STATUS"
  for status, count in pairs(total) do line = line .. " " .. status .. "=" .. count end
  io.write(line .. "\n")
end
