-- wrk script: authenticated orders/created webhooks (shopee flavour, as bva-clone sends them) with a
-- unique order id per request, 1-3 lines of the bench catalogue's products, created "now".
-- Env: BVA_BENCH_TOKEN (bearer token), BVA_BENCH_SHOP (marketplace shop id), BVA_BENCH_RUN (this run's
-- part of the ids; default the start second, which two short runs in one second would share).
local token = os.getenv("BVA_BENCH_TOKEN") or "bench-token"
local shop = os.getenv("BVA_BENCH_SHOP") or "BENCH"
local threads = {}
local counter = 0

function setup(thread)
  thread:set("tid", #threads + 1)
  table.insert(threads, thread)
end

function init(args)
  counter = 0
  run = os.getenv("BVA_BENCH_RUN") or tostring(os.time())
  created = os.date("!%Y-%m-%dT%H:%M:%S.000Z")
end

function request()
  counter = counter + 1
  local lines, total = {}, 0
  for k = 1, 1 + counter % 3 do
    local p = (counter * 7 + k * 13) % 500
    local qty = 1 + (counter + k) % 3
    local price = 100 + p
    total = total + qty * price
    lines[#lines + 1] = string.format(
      '{"productId":"BP-%d","productName":"Bench product %d","quantity":%d,"price":%d.00,"subtotal":%d.00}',
      p, p, qty, price, qty * price)
  end
  local id = string.format("WO-%s-%d-%d", run, tid, counter)
  local body = string.format(
    '{"id":"%s","orderId":"%s","shopId":"%s","items":[%s],"total":%d.00,"totalPrice":%d.00,"status":"PENDING",' ..
    '"customerName":"Bench buyer %d","customerEmail":"buyer%d@example.com","createdAt":"%s"}',
    id, id, shop, table.concat(lines, ","), total, total, counter % 1000, counter % 1000, created)
  return wrk.format("POST", "/api/webhooks/orders/created",
    { ["Content-Type"] = "application/json", ["Authorization"] = "Bearer " .. token }, body)
end
