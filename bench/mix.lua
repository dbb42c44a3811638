-- A scenario of many addresses: each request takes the next path of the file named after "--" (one per line), so
-- that a run reads many declarations or searches rather than one cached page. The report is report.lua's.
local paths = {}
local next_path = 1

init = function(args)
   for line in io.lines(args[1]) do
      if #line > 0 then paths[#paths + 1] = line end
   end
   -- each wrk thread starts at its own place in the list
   next_path = math.random(#paths)
end

request = function()
   local path = paths[next_path]
   next_path = next_path % #paths + 1
   return wrk.format(nil, path)
end

dofile(os.getenv("BENCH_DIR") .. "/report.lua")
