-- Ends a wrk run with one line the harness can read, after wrk's own report:
--   RESULT <requests/s> <p99 ms> <socket errors> <non-2xx/3xx responses> <p50 ms>
-- Socket errors are connect + read + write + timeout, as wrk counts them. The median
-- comes last, so that readers of the first four fields need not change.
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("RESULT %.1f %.2f %d %d %.2f\n",
    summary.requests / (summary.duration / 1e6),
    latency:percentile(99) / 1000,
    e.connect + e.read + e.write + e.timeout,
    e.status,
    latency:percentile(50) / 1000))
end
