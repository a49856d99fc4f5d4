-- The windows of bbox.lua, counting the features each answer carries: at a fixed window size,
-- a denser database fills more of each page, and the growth figures say how much.
dofile(os.getenv("BENCH_LIB") .. "/bbox.lua")

features, answers = 0, 0
local threads = {}

setup = function(thread)
  table.insert(threads, thread)
end

response = function(status, headers, body)
  if status ~= 200 then
    return
  end
  local _, n = body:gsub('"type":"Feature"', "")
  features = features + n
  answers = answers + 1
end

done = function(summary, latency, requests)
  local total, count = 0, 0
  for _, thread in ipairs(threads) do
    total = total + thread:get("features")
    count = count + thread:get("answers")
  end
  io.write(string.format("features per answer: %.1f\n", count > 0 and total / count or 0))
end
