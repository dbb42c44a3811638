-- Public traffic at a set rate for the deadline rush (P6): each connection takes the next path of the file named
-- after "--" and waits the given milliseconds before each request, so that connections x 1000 / delay requests a
-- second go out while answers are quick (a 503 of a full lane is). The report is report.lua's.
local paths = {}
local next_path = 1
local pause = 100

init = function(args)
   for line in io.lines(args[1]) do
      if #line > 0 then paths[#paths + 1] = line end
   end
   pause = tonumber(args[2])
   next_path = math.random(#paths)
end

delay = function()
   return pause
end

request = function()
   local path = paths[next_path]
   next_path = next_path % #paths + 1
   return wrk.format(nil, path)
end

dofile(os.getenv("BENCH_DIR") .. "/report.lua")
