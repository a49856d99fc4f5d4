-- GET the OGC conformance declaration: authenticated, admitted and answered like any request, but
-- without the database, so that its CPU time is the least any request of the API costs.
dofile(os.getenv("BENCH_LIB") .. "/common.lua")

request = function()
  return wrk.format("GET", "/ogc/conformance")
end
