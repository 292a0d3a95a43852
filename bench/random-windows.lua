-- wrk script: every request asks /api/timeline for a different window of the load-test story,
-- from a week to ten years wide, so most answers miss the page cache and measure the query.
math.randomseed(os.time())
local spans = {7, 31, 92, 365, 3650}

request = function()
  local from = os.time{year = math.random(1990, 2024), month = math.random(1, 12), day = math.random(1, 28), hour = 12}
  local to = from + spans[math.random(#spans)] * 86400
  local path = string.format("/api/timeline?story=load-test&from=%s&to=%s", os.date("!%Y-%m-%d", from), os.date("!%Y-%m-%d", to))
  return wrk.format("GET", path)
end
