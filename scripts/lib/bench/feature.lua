-- GET one hazard area by an id drawn from BENCH_IDS (one id a line), as pgbench draws its row.
dofile(os.getenv("BENCH_LIB") .. "/common.lua")
local ids = {}
for line in io.lines(os.getenv("BENCH_IDS")) do ids[#ids + 1] = line end

request = function()
  return wrk.format("GET", "/api/v1/hazard-areas/" .. ids[math.random(#ids)])
end
