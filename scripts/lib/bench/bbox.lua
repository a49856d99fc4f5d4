-- GET a page of BENCH_LIMIT hazard areas in a BENCH_BOX-degree box placed at random in the
-- seeded country (29.5 to 35.5 E, 6.5 to 10.5 N), drawn on the same 0.001 degree grid as bbox.sql.
dofile(os.getenv("BENCH_LIB") .. "/common.lua")
local box = tonumber(os.getenv("BENCH_BOX"))
local limit = os.getenv("BENCH_LIMIT")
local spanx = math.floor((6 - box) * 1000)
local spany = math.floor((4 - box) * 1000)

request = function()
  local w = 29.5 + math.random(0, spanx) / 1000
  local s = 6.5 + math.random(0, spany) / 1000
  local path = string.format("/api/v1/hazard-areas?bbox=%.3f,%.3f,%.3f,%.3f&limit=%s", w, s, w + box, s + box, limit)
  return wrk.format("GET", path)
end
