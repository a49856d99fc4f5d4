-- POST field reports of BENCH_ITEMS new hazard areas each, every report and item with ids of its
-- own, as tablets in the field would send them.
dofile(os.getenv("BENCH_LIB") .. "/common.lua")
local org = os.getenv("BENCH_ORG")
local count = tonumber(os.getenv("BENCH_ITEMS"))
wrk.headers["Content-Type"] = "application/json"

local function uuid()
  return string.format("%08x-%04x-4%03x-%04x-%06x%06x", math.random(0, 0xffffffff), math.random(0, 0xffff),
    math.random(0, 0xfff), 0x8000 + math.random(0, 0x3fff), math.random(0, 0xffffff), math.random(0, 0xffffff))
end

local function item(n)
  local x = 29.5 + math.random(0, 5900000) / 1e6
  local y = 6.5 + math.random(0, 3900000) / 1e6
  local d = 0.002
  return string.format('{"id":"%s","kind":"HAZARD_AREA","content":{"type":"Feature","geometry":{"type":"Polygon",'
    .. '"coordinates":[[[%.6f,%.6f],[%.6f,%.6f],[%.6f,%.6f],[%.6f,%.6f],[%.6f,%.6f]]]},"properties":{'
    .. '"name":"Bench field %d","classification":"SHA","reportingOrganisationId":"%s",'
    .. '"dateOfInformation":"2026-11-28"}}}', uuid(), x, y, x + d, y, x + d, y + d, x, y + d, x, y, n, org)
end

request = function()
  local items = {}
  for n = 1, count do items[n] = item(n) end
  local id = uuid()
  local body = string.format('{"reportId":"%s","reportNumber":"BENCH-%s","formName":"Non-technical survey",'
    .. '"formVersion":"3.2","reporter":"Bench","reportingOrganisationId":"%s","dateOfInformation":"2026-11-28",'
    .. '"device":"bench","items":[%s]}', id, id:sub(1, 8), org, table.concat(items, ","))
  return wrk.format("POST", "/api/v1/field-reports", nil, body)
end
