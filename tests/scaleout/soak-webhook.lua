-- wrk script for soak.sh: product webhooks with ids unique per run, thread and request.
local counter = 0
local prefix = "W"

function init(args)
    prefix = (args[1] or "W") .. "-" .. tostring(math.random(1, 1000000000))
end

function request()
    counter = counter + 1
    local id = prefix .. "-" .. counter
    local body = string.format('{"id":"%s","shopId":"SOAK","name":"Soak %d","price":"%d.50","stock":%d}',
                               id, counter, counter % 900, counter % 50)
    return wrk.format("POST", "/api/webhooks/products/created",
                      {["Content-Type"] = "application/json", ["Authorization"] = "Bearer soak-token"}, body)
end
