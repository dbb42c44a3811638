-- wrk's report as one line of JSON: requests, errors by kind, non-2xx/3xx answers (and of those, how many were a
-- full lane's 503 and how many anything else), throughput and latency percentiles (milliseconds). Used by
-- bench/run.sh for every scenario.
local threads = {}
-- per thread (each wrk thread has its own Lua state); summed in done()
shed = 0
failed = 0

setup = function(thread)
   threads[#threads + 1] = thread
end

response = function(status, headers, body)
   if status == 503 then
      shed = shed + 1
   elseif status >= 400 then
      failed = failed + 1
   end
end

done = function(summary, latency, requests)
   local function ms(us) return us / 1000.0 end
   local all_shed, all_failed = 0, 0
   for _, thread in ipairs(threads) do
      all_shed = all_shed + (thread:get("shed") or 0)
      all_failed = all_failed + (thread:get("failed") or 0)
   end
   io.write(string.format(
      '{"requests":%d,"seconds":%.3f,"rps":%.1f,"errors":{"connect":%d,"read":%d,"write":%d,"timeout":%d,"status":%d,' ..
      '"shed":%d,"failed":%d},"latency_ms":{"p50":%.2f,"p90":%.2f,"p95":%.2f,"p99":%.2f,"max":%.2f,"mean":%.2f}}\n',
      summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
      summary.errors.connect, summary.errors.read, summary.errors.write, summary.errors.timeout, summary.errors.status,
      all_shed, all_failed,
      ms(latency:percentile(50)), ms(latency:percentile(90)), ms(latency:percentile(95)), ms(latency:percentile(99)),
      ms(latency.max), ms(latency.mean)))
end
