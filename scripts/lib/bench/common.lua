-- Shared by the wrk scripts of scripts/bench: the token, and a random generator per thread
-- (each wrk thread has its own Lua state, and all would otherwise draw the same numbers).
wrk.headers["Authorization"] = "Bearer " .. os.getenv("BENCH_TOKEN")
math.randomseed(os.time() + tonumber(tostring({}):match("0x(%x+)"), 16) % 1000003)
