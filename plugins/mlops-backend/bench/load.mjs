// Load generator, run in its own process so that it does not share the server's event loop.
// Usage: node load.mjs <json> where json = { urls: string[], token, connections, seconds }
// Prints { requests, errors, rps, p50, p95, p99 } (milliseconds) as JSON.
import http from 'node:http';

const { urls, token, connections, seconds } = JSON.parse(process.argv[2]);
const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
const latencies = [];
let errors = 0;
const deadline = performance.now() + seconds * 1000;

function get(url) {
  return new Promise(resolve => {
    const started = performance.now();
    http
      .get(
        url,
        { agent, headers: { authorization: `Bearer ${token}` } },
        res => {
          res.resume();
          res.on('end', () => {
            if (res.statusCode !== 200) errors++;
            latencies.push(performance.now() - started);
            resolve();
          });
        },
      )
      .on('error', () => {
        errors++;
        resolve();
      });
  });
}

async function worker(offset) {
  for (let i = offset; performance.now() < deadline; i += connections) {
    await get(urls[i % urls.length]);
  }
}

const started = performance.now();
await Promise.all(Array.from({ length: connections }, (_, i) => worker(i)));
const elapsed = (performance.now() - started) / 1000;
latencies.sort((a, b) => a - b);
const at = q =>
  Math.round(latencies[Math.floor(q * (latencies.length - 1))] * 100) / 100;
console.log(
  JSON.stringify({
    requests: latencies.length,
    errors,
    rps: Math.round(latencies.length / elapsed),
    p50: at(0.5),
    p95: at(0.95),
    p99: at(0.99),
  }),
);
agent.destroy();
