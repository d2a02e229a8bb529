-- wrk script: authenticated products/created webhooks with a unique product id per request.
-- Env: BVA_BENCH_TOKEN (bearer token), BVA_BENCH_SHOP (marketplace shop id), BVA_BENCH_RUN (this run's
-- part of the ids; default the start second, which two short runs in one second would share).
local token = os.getenv("BVA_BENCH_TOKEN") or "bench-token"
local shop = os.getenv("BVA_BENCH_SHOP") or "BENCH"
local threads = {}
local counter = 0
local tid = 0

function setup(thread)
  thread:set("tid", #threads + 1)
  table.insert(threads, thread)
end

function init(args)
  counter = 0
  run = os.getenv("BVA_BENCH_RUN") or tostring(os.time())
end

function request()
  counter = counter + 1
  local body = string.format(
    '{"id":"P-%s-%d-%d","shopId":"%s","name":"Bench item %d","price":"10.50","cost":"6.25","stock":%d,"sku":"B-%d","category":"Bench"}',
    run, tid, counter, shop, counter, counter % 100, counter)
  return wrk.format("POST", "/api/webhooks/products/created",
    { ["Content-Type"] = "application/json", ["Authorization"] = "Bearer " .. token }, body)
end
