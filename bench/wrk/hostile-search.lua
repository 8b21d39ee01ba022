-- Costly searches for wrk, each different so that no cache can answer one: fuzzy words,
-- leading and short prefixes, a long phrase, half to /search and half to /api/search (as
-- SearchUnderLoadTests sends them). Ends with report.lua's RESULT line and a STATUS line.
--   wrk -t2 -c8 -d20s -s bench/wrk/hostile-search.lua http://127.0.0.1:18080
-- status-counts.lua, from beside this script: setup, response and done (RESULT, STATUS).
dofile((debug.getinfo(1, "S").source:match("^@(.*/)") or "./") .. "status-counts.lua")

init = function(args)
  n = (id or 0) * 100000000
  counts = {}
end

local function fuzzy(from, to)
  local words = {}
  for i = from, to do words[#words + 1] = "w" .. i .. "~2" end
  return table.concat(words, "+")
end

request = function()
  n = n + 1
  local word = "x" .. n
  local kind = n % 6
  local q
  if kind == 0 then q = fuzzy(100, 159) .. "+" .. word
  elseif kind == 1 then q = "*+" .. word
  elseif kind == 2 then q = "a*+" .. word
  elseif kind == 3 then q = "%22" .. string.rep("period+of+quiet+" .. word .. "+", 20) .. "%22"
  elseif kind == 4 then q = fuzzy(1, 9) .. "+" .. word
  else q = "den*+tru*+" .. word end
  local path = (n % 2 == 0) and "/search?q=" or "/api/search?q="
  return wrk.format("GET", path .. q)
end
