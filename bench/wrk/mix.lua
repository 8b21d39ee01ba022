-- A mix of pages for wrk: each connection cycles through the paths given after `--`,
-- each thread starting at a different one. The first argument is FRESH: when it is
-- N > 0, every N-th request adds a parameter the app ignores (bench=<unique>), so the
-- page cache has not seen it and the app renders the page again; 0 keeps every request
-- warm. Every status is counted, so the end can show what was answered:
--   wrk -t2 -c256 -d300s -s bench/wrk/mix.lua http://127.0.0.1:18080 -- 10 / /feed.xml ...
-- It ends with report.lua's RESULT line, then a STATUS line (code=count ...).

-- report.lua, from beside this script, defines the RESULT line's `done`.
dofile((debug.getinfo(1, "S").source:match("^@(.*/)") or "./") .. "report.lua")
local report = done

local threads = {}
local next_id = 0

setup = function(thread)
  next_id = next_id + 1
  thread:set("id", next_id)
  table.insert(threads, thread)
end

init = function(args)
  fresh = tonumber(args[1]) or 0
  paths = {}
  for i = 2, #args do paths[#paths + 1] = args[i] end
  if #paths == 0 then paths = { "/" } end
  n = id or 0
  counts = {}
end

request = function()
  n = n + 1
  local path = paths[(n % #paths) + 1]
  if fresh > 0 and n % fresh == 0 then
    local separator = path:find("?", 1, true) and "&" or "?"
    path = path .. separator .. "bench=" .. id .. "-" .. n
  end
  return wrk.format("GET", path)
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
