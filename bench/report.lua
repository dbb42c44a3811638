-- wrk's report as one line of JSON: requests, errors by kind, non-2xx/3xx answers, throughput and latency percentiles
-- (milliseconds). Used by bench/run.sh for every scenario.
done = function(summary, latency, requests)
   local function ms(us) return us / 1000.0 end
   io.write(string.format(
      '{"requests":%d,"seconds":%.3f,"rps":%.1f,"errors":{"connect":%d,"read":%d,"write":%d,"timeout":%d,"status":%d},' ..
      '"latency_ms":{"p50":%.2f,"p90":%.2f,"p95":%.2f,"p99":%.2f,"max":%.2f,"mean":%.2f}}\n',
      summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
      summary.errors.connect, summary.errors.read, summary.errors.write, summary.errors.timeout, summary.errors.status,
      ms(latency:percentile(50)), ms(latency:percentile(90)), ms(latency:percentile(95)), ms(latency:percentile(99)),
      ms(latency.max), ms(latency.mean)))
end
