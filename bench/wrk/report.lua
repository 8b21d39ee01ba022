-- Ends a wrk run with one line the harness can read, after wrk's own report:
--   RESULT <requests/s> <p99 ms> <socket errors> <non-2xx/3xx responses>
-- Socket errors are connect + read + write + timeout, as wrk counts them.
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("RESULT %.1f %.2f %d %d\n",
    summary.requests / (summary.duration / 1e6),
    latency:percentile(99) / 1000,
    e.connect + e.read + e.write + e.timeout,
    e.status))
end
