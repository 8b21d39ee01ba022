-- A mix of pages for wrk: each connection cycles through the paths given after `--`,
-- each thread starting at a different one. The first argument is FRESH: when it is
-- N > 0, every N-th request asks for the first tag page among the paths (or /2017) at a
-- cursor no one asked for before (?before=9999-12-31.<unique>): a real page the page
-- cache has not seen, so the app renders it. (A parameter a page does not take would
-- only be a redirect.) 0 keeps every request warm. Every status is counted, so the end
-- can show what was answered:
--   wrk -t2 -c256 -d300s -s bench/wrk/mix.lua http://127.0.0.1:18080 -- 10 / /feed.xml ...
-- It ends with report.lua's RESULT line, then a STATUS line (code=count ...).

-- status-counts.lua, from beside this script: setup, response and done (RESULT, STATUS).
dofile((debug.getinfo(1, "S").source:match("^@(.*/)") or "./") .. "status-counts.lua")

init = function(args)
  fresh = tonumber(args[1]) or 0
  paths = {}
  for i = 2, #args do paths[#paths + 1] = args[i] end
  if #paths == 0 then paths = { "/" } end
  list = "/2017"
  for _, path in ipairs(paths) do
    if path:match("^/tags/[^?]+$") then list = path; break end
  end
  n = id or 0
  counts = {}
end

request = function()
  n = n + 1
  local path = paths[(n % #paths) + 1]
  if fresh > 0 and n % fresh == 0 then
    path = list .. "?before=9999-12-31." .. string.format("%d", id * 100000000 + n)
  end
  return wrk.format("GET", path)
end
