// The fleet check (issue 16), run by scripts/fleet-check after it has installed redis-server and nginx and built the
// server: Redis, an Okta simulator, three instances with --redis --stateful and nginx in front (deploy/nginx's file),
// all on 127.0.0.1 and free ports. It checks what deploy/README.md promises of a fleet, prints one line per check and
// exits non-zero on any failure. Node 20+ only (fetch); no packages. FLEET_BENCH=1 also measures docs/scaling.md's
// figures. FLEET_KEEP=1 keeps the logs.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const serverDll = path.join(root, 'src/OktaSessionMcp/bin/Release/net10.0/OktaSessionMcp.dll');
const simulatorDll = path.join(root, 'src/OktaSessionMcp.Simulator/bin/Release/net10.0/OktaSessionMcp.Simulator.dll');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'okta-mcp-fleet-'));
fs.chmodSync(work, 0o755); // nginx's workers (nobody, when run as root) read and write under it
const SIM_KEY = 'fleet-simulator-key-not-secret';
const CONFIRMATION_KEY = Buffer.from('fleet-check-shares-this-signing-key-32b').toString('base64'); // a test value
const CALLS = Number(process.env.FLEET_CALLS ?? 3000);
const CONCURRENCY = 16;
const results = [];
const processes = new Set();

// ---------- processes ----------

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function start(name, command, args, env = {}) {
  const log = fs.openSync(path.join(work, `${name}.log`), 'a');
  const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ['ignore', log, log] });
  child.name = name;
  child.exited = once(child, 'exit').then(([code, signal]) => ({ code, signal }));
  processes.add(child);
  child.exited.then(() => processes.delete(child));
  return child;
}

async function stop(child, timeoutMs = 30_000) {
  if (child.exitCode !== null || child.signalCode !== null) return child.exited;
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
  const exit = await child.exited;
  clearTimeout(timer);
  return exit;
}

async function waitFor(what, probe, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  let last;
  while (Date.now() < deadline) {
    try {
      if ((last = await probe())) return last;
    } catch (error) {
      last = error;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${what} did not happen within ${timeoutMs / 1000} s (last: ${last})`);
}

const logOf = (name) => fs.readFileSync(path.join(work, `${name}.log`), 'utf8');

// ---------- HTTP and MCP ----------

async function readyz(port) {
  const response = await fetch(`http://127.0.0.1:${port}/readyz`);
  return { status: response.status, ...(await response.json()) };
}

function lastMessage(text) {
  if (text.trimStart().startsWith('{')) return JSON.parse(text);
  const events = text.split('\n\n').map((event) => event.split('\n').filter((l) => l.startsWith('data:')).map((l) => l.slice(5).trim()).join(''));
  const data = events.filter((d) => d.length > 0);
  return data.length ? JSON.parse(data[data.length - 1]) : null;
}

const meta = {
  'io.modelcontextprotocol/protocolVersion': '2026-07-28',
  'io.modelcontextprotocol/clientInfo': { name: 'fleet-check', version: '1.0' },
  'io.modelcontextprotocol/clientCapabilities': { elicitation: { form: {} } },
};

// One JSON-RPC request; 2026-07-28 (no session) unless sessionId is given, then 2025-11-25 on that session.
async function mcp(url, method, params, { sessionId, id = 1, headers = {}, legacy = false } = {}) {
  const version = sessionId || legacy ? '2025-11-25' : '2026-07-28';
  if (legacy) sessionId = undefined;
  const body = { jsonrpc: '2.0', method };
  if (id !== null) body.id = id;
  if (params !== undefined || version !== '2025-11-25') body.params = version === '2025-11-25' ? params : { ...params, _meta: meta };
  const h = { 'content-type': 'application/json', accept: 'application/json, text/event-stream', 'mcp-protocol-version': version, ...headers };
  if (sessionId) h['mcp-session-id'] = sessionId;
  else if (version !== '2025-11-25') {
    h['mcp-method'] = method;
    if (params?.name) h['mcp-name'] = params.name;
  }
  const response = await fetch(url, { method: 'POST', headers: h, body: JSON.stringify(body) });
  const text = await response.text();
  const message = text ? lastMessage(text) : null;
  const result = message?.result;
  return {
    status: response.status,
    sessionId: response.headers.get('mcp-session-id'),
    message,
    result,
    isToolError: result?.isError === true,
    text: (result?.content ?? []).map((block) => block.text ?? '').join(''),
  };
}

const callTool = (url, name, args, extra = {}, options = {}) => mcp(url, 'tools/call', { name, arguments: args, ...extra }, options);
const accept = { confirm: { action: 'accept', content: { confirm: true } } };

async function newOktaSession(simulatorUrl) {
  const authn = await fetch(`${simulatorUrl}/api/v1/authn`, {
    method: 'POST', headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'alice@example.com', password: 'Passw0rd!alice' }),
  });
  const { sessionToken } = await authn.json();
  const created = await fetch(`${simulatorUrl}/api/v1/sessions`, {
    method: 'POST', headers: { 'content-type': 'application/json', authorization: `SSWS ${SIM_KEY}` },
    body: JSON.stringify({ sessionToken }),
  });
  if (!created.ok) throw new Error(`simulator: create session answered ${created.status}`);
  return (await created.json()).id;
}

// ---------- the fleet ----------

async function startInstance(fleet, index, { env = {}, redis = true } = {}) {
  const port = fleet.ports[index];
  const child = start(`instance${index + 1}`, 'dotnet', [
    serverDll, '--mcp-port', String(port), '--rest-port', '0', '--stateful', ...(redis ? ['--redis', fleet.redisUrl] : []), ...fleet.instanceArgs,
  ], {
    OKTA_ORG_URL: fleet.simulatorUrl, OKTA_API_KEY: SIM_KEY, Server__ConfirmationKey: CONFIRMATION_KEY,
    Server__ShutdownSeconds: '20', Server__DrainSeconds: '3', Logging__LogLevel__Default: 'Information', ...env,
  });
  fleet.instances[index] = child;
  await waitFor(`instance ${index + 1} ready on ${port}`, async () => {
    if (child.exitCode !== null) throw new Error(`instance ${index + 1} exited with ${child.exitCode}: see ${work}`);
    return (await readyz(port)).status === 200;
  });
  return child;
}

async function startRedis(fleet) {
  fleet.redis = start('redis', 'redis-server', ['--port', String(fleet.redisPort), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', work]);
  await waitFor('redis ready', async () => logOf('redis').includes('Ready to accept connections'));
}

async function redisCli(fleet, ...args) {
  const child = start('redis-cli', 'redis-cli', ['-p', String(fleet.redisPort), ...args]);
  const exit = await child.exited;
  assert(exit.code === 0, `redis-cli ${args.join(' ')} exited with ${exit.code}`);
}

function nginxConf(fleet, upstreamPorts) {
  let conf = fs.readFileSync(path.join(root, 'deploy/nginx/okta-session-mcp.conf'), 'utf8');
  const servers = upstreamPorts.map((port) => `    server 127.0.0.1:${port} max_fails=1 fail_timeout=5s;`).join('\n');
  conf = conf.replace(/(    server 127\.0\.0\.1:\d+ [^\n]*\n)+/, `${servers}\n`);
  conf = conf.replace('listen 443 ssl http2;', `listen 127.0.0.1:${fleet.nginxPort};`).replace(/^\s*ssl_certificate.*\n/gm, '');
  fs.writeFileSync(path.join(work, 'okta-session-mcp.conf'), conf);
  fs.writeFileSync(path.join(work, 'nginx.conf'), `
worker_processes 1;
daemon off;
pid ${work}/nginx.pid;
error_log ${work}/nginx-error.log warn;
events { worker_connections 1024; }
http {
    log_format fleet '$msec $status $upstream_addr $upstream_status';
    access_log ${work}/nginx-access.log fleet;
    client_body_temp_path ${work}/nginx-body;
    proxy_temp_path ${work}/nginx-proxy;
    include ${work}/okta-session-mcp.conf;
}
`);
}

async function startNginx(fleet, upstreamPorts) {
  nginxConf(fleet, upstreamPorts);
  const user = process.getuid?.() === 0 ? ['-g', 'user root;'] : []; // nothing under the work dir is nobody's
  fleet.nginx = start('nginx', 'nginx', ['-p', work, '-e', path.join(work, 'nginx-error.log'), '-c', path.join(work, 'nginx.conf'), ...user]);
  await waitFor('nginx ready', async () => (await fetch(`http://127.0.0.1:${fleet.nginxPort}/healthz`)).status === 200);
}

// ---------- checks ----------

async function check(name, body) {
  const began = Date.now();
  try {
    const detail = await body();
    results.push({ name, ok: true, detail, seconds: (Date.now() - began) / 1000 });
    console.log(`PASS  ${name}${detail ? `: ${detail}` : ''}`);
  } catch (error) {
    results.push({ name, ok: false, detail: error.message, seconds: (Date.now() - began) / 1000 });
    console.log(`FAIL  ${name}: ${error.message}`);
  }
}

function assert(condition, message) {
  if (!condition) throw new Error(message);
}

// CALLS get-details-about-session calls at CONCURRENCY through url; onProgress(done) may return a promise that holds
// further calls back (the restart). Returns counts and the failures' first few descriptions.
async function load(url, sessionId, calls, onProgress = () => null) {
  let next = 0, done = 0, failed = 0;
  const failures = [];
  let hold = null;
  const began = process.hrtime.bigint();
  async function worker() {
    while (next < calls) {
      if (hold) await hold;
      if (next >= calls) break;
      next += 1;
      try {
        const answer = await callTool(url, 'get-details-about-session', { sessionId });
        if (answer.status !== 200 || answer.isToolError || !answer.result) {
          failed += 1;
          if (failures.length < 5) failures.push(`HTTP ${answer.status} ${answer.text || JSON.stringify(answer.message)?.slice(0, 200)}`);
        }
      } catch (error) {
        failed += 1;
        if (failures.length < 5) failures.push(String(error.cause ?? error));
      }
      done += 1;
      const wait = onProgress(done);
      if (wait && !hold) hold = wait.finally(() => { hold = null; });
    }
  }
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  const seconds = Number(process.hrtime.bigint() - began) / 1e9;
  return { done, failed, failures, seconds, perSecond: done / seconds };
}

async function main() {
  const ports = await Promise.all([freePort(), freePort(), freePort(), freePort(), freePort(), freePort()]);
  const fleet = {
    simulatorUrl: `http://127.0.0.1:${ports[0]}`,
    redisPort: ports[1],
    redisUrl: `127.0.0.1:${ports[1]},connectTimeout=2000,asyncTimeout=2000,syncTimeout=2000`,
    nginxPort: ports[2],
    ports: ports.slice(3),
    instances: [],
    instanceArgs: ['--rate-limit', '1000000'],
  };
  const nginxUrl = `http://127.0.0.1:${fleet.nginxPort}/mcp`;
  const direct = (index) => `http://127.0.0.1:${fleet.ports[index]}/mcp`;
  console.log(`fleet-check: work dir ${work}; simulator ${ports[0]}, redis ${ports[1]}, nginx ${ports[2]}, instances ${fleet.ports.join(', ')}`);

  start('simulator', 'dotnet', [simulatorDll, '--port', String(ports[0]), '--api-key', SIM_KEY, '--rate-limit-per-minute', '0']);
  await waitFor('simulator ready', async () => (await fetch(`${fleet.simulatorUrl}/api/v1/sessions/none`, { headers: { authorization: `SSWS ${SIM_KEY}` } })).status === 404);
  await startRedis(fleet);
  await Promise.all([0, 1, 2].map((i) => startInstance(fleet, i)));
  await startNginx(fleet, fleet.ports);
  const sessionId = await newOktaSession(fleet.simulatorUrl);

  await check(`${CALLS} calls at concurrency ${CONCURRENCY} through nginx, instance 2 stopped (SIGTERM) and started again mid-run: 0 failed`, async () => {
    let restart = null;
    let restartedAt = null;
    const accessLog = path.join(work, 'nginx-access.log');
    const run = await load(nginxUrl, sessionId, CALLS, (done) => {
      if (done === Math.floor(CALLS / 5) && !restart) {
        restart = (async () => {
          const exit = await stop(fleet.instances[1]);
          assert(exit.code === 0, `instance 2 exited with ${exit.code ?? exit.signal} on SIGTERM`);
          await startInstance(fleet, 1);
          restartedAt = Date.now() / 1000;
          // nginx counted the refused connections while it was down (max_fails=1): it tries it again after fail_timeout.
          await new Promise((resolve) => setTimeout(resolve, 5500));
        })();
      }
      // Hold the last fifth back until instance 2 is up again, so that it serves calls of this run after its restart.
      return done === Math.floor((CALLS * 4) / 5) ? restart : null;
    });
    await restart;
    const after = fs.readFileSync(accessLog, 'utf8').split('\n').filter((line) => {
      const [msec, , upstream] = line.split(' ');
      return Number(msec) >= restartedAt && upstream?.endsWith(`:${fleet.ports[1]}`);
    }).length;
    assert(run.failed === 0, `${run.failed} of ${run.done} failed, e.g. ${run.failures.join(' | ')}`);
    assert(after > 0, 'the restarted instance served no call after its restart');
    return `${run.done} calls, 0 failed, ${run.perSecond.toFixed(0)} calls/s; the restarted instance served ${after} of them after it was back`;
  });

  await check('a requestState asked on instance 1, accepted through instance 2, replayed through instance 3 and through nginx: refused', async () => {
    const target = await newOktaSession(fleet.simulatorUrl);
    const asked = await callTool(direct(0), 'okta-close-session', { sessionId: target });
    const state = asked.result?.requestState;
    assert(state, `instance 1 did not ask: ${asked.text || JSON.stringify(asked.message)}`);
    const closed = await callTool(direct(1), 'okta-close-session', { sessionId: target }, { requestState: state, inputResponses: accept });
    assert(!closed.isToolError && closed.result?.structuredContent?.closed === true, `instance 2 did not close: ${closed.text}`);
    for (const [where, url] of [['instance 3', direct(2)], ['nginx', nginxUrl], ['instance 1', direct(0)]]) {
      const replay = await callTool(url, 'okta-close-session', { sessionId: target }, { requestState: state, inputResponses: accept });
      assert(replay.isToolError && replay.text.includes('already used'), `${where} did not refuse the replay: ${replay.text}`);
    }
    return 'closed once; refused as "already used" on instance 3, through nginx and on instance 1';
  });

  await check('a stateful session begun on instance 1 is answered by instances 2, 3 and 1 in turn, and through nginx', async () => {
    const init = await mcp(direct(0), 'initialize', { protocolVersion: '2025-11-25', capabilities: {}, clientInfo: { name: 'fleet-check', version: '1.0' } }, { legacy: true });
    const mcpSession = init.sessionId;
    assert(init.status === 200 && mcpSession, `initialize answered ${init.status}`);
    const initialized = await mcp(direct(0), 'notifications/initialized', undefined, { sessionId: mcpSession, id: null });
    assert(initialized.status === 202, `notifications/initialized answered ${initialized.status}`);
    const readable = await newOktaSession(fleet.simulatorUrl);
    for (const [where, url] of [['instance 2', direct(1)], ['instance 3', direct(2)], ['instance 1', direct(0)], ['nginx', nginxUrl], ['nginx', nginxUrl], ['nginx', nginxUrl]]) {
      const answer = await callTool(url, 'get-details-about-session', { sessionId: readable }, {}, { sessionId: mcpSession, id: 2 });
      assert(answer.status === 200 && answer.result?.structuredContent?.status === 'ACTIVE', `${where} answered ${answer.status}: ${answer.text || JSON.stringify(answer.message)}`);
    }
    return 'one Mcp-Session-Id, answered by every instance';
  });

  await check('Redis stopped mid-run: reads go on, closing fails closed, /readyz names Redis, one log line each; started again: service recovers', async () => {
    const target = await newOktaSession(fleet.simulatorUrl);
    const state = (await callTool(direct(0), 'okta-close-session', { sessionId: target })).result?.requestState;
    assert(state, 'no requestState before Redis stopped');
    let trickleFailed = 0, trickleDone = 0, trickling = true;
    const trickle = (async () => {
      while (trickling) {
        trickleDone += 1;
        try {
          const answer = await callTool(nginxUrl, 'get-details-about-session', { sessionId });
          if (answer.status !== 200 || answer.isToolError) trickleFailed += 1;
        } catch {
          trickleFailed += 1;
        }
      }
    })();

    try {
      const redisExit = await stop(fleet.redis);
      assert(redisExit.code === 0, `redis-server exited with ${redisExit.code ?? redisExit.signal}`);
      for (let i = 0; i < 3; i++) {
        const ready = await waitFor(`instance ${i + 1} reporting Redis down`, async () => {
          const r = await readyz(fleet.ports[i]);
          return r.detail.includes('is unreachable') ? r : null;
        }, 20_000);
        assert(ready.status === 200, `instance ${i + 1} /readyz answered ${ready.status} with Redis down (reads still work)`);
      }
      const refused = await callTool(direct(1), 'okta-close-session', { sessionId: target }, { requestState: state, inputResponses: accept });
      assert(refused.isToolError && refused.text.includes('cannot check right now'), `a confirmed close with Redis down was not refused: ${refused.text}`);
      const notAsked = await callTool(nginxUrl, 'okta-close-session', { sessionId: target });
      assert(notAsked.isToolError && notAsked.text.includes('(Redis) is unreachable'), `a close with Redis down was not refused: ${notAsked.text}`);
      const still = await fetch(`${fleet.simulatorUrl}/api/v1/sessions/${target}`, { headers: { authorization: `SSWS ${SIM_KEY}` } });
      assert(still.status === 200, 'the session was closed while Redis was down');
      const downLines = [0, 1, 2].map((i) => logOf(`instance${i + 1}`).split('\n').filter((l) => l.includes('(--redis) is unreachable')).length);
      assert(downLines.every((n) => n === 1), `log lines saying Redis is down, per instance: ${downLines.join(', ')} (want 1 each)`);

      await startRedis(fleet);
      for (let i = 0; i < 3; i++) {
        await waitFor(`instance ${i + 1} back on Redis`, async () => !(await readyz(fleet.ports[i])).detail.includes('unreachable'), 30_000);
      }
    } finally {
      trickling = false;
      await trickle;
      if (fleet.redis.exitCode !== null) await startRedis(fleet);
    }
    const asked = await callTool(direct(2), 'okta-close-session', { sessionId: target });
    const closed = await callTool(direct(0), 'okta-close-session', { sessionId: target }, { requestState: asked.result?.requestState, inputResponses: accept });
    assert(!closed.isToolError, `after Redis returned, a confirmed close failed: ${closed.text}`);
    const upLines = [0, 1, 2].map((i) => logOf(`instance${i + 1}`).split('\n').filter((l) => l.includes('is reachable again')).length);
    assert(upLines.every((n) => n === 1), `log lines saying Redis is back, per instance: ${upLines.join(', ')} (want 1 each)`);
    assert(trickleFailed === 0, `${trickleFailed} of ${trickleDone} reads through nginx failed while Redis was down`);
    return `${trickleDone} reads through nginx meanwhile, 0 failed; refused while down, closed once back`;
  });

  await check('the rate limit holds across instances: --rate-limit 30 per caller, 45 calls round robin through nginx, 30 answered', async () => {
    await Promise.all(fleet.instances.map((child) => stop(child)));
    fleet.instanceArgs = ['--rate-limit', '30'];
    await redisCli(fleet, 'FLUSHALL'); // the earlier checks' window (limit 1,000,000) would still count
    await Promise.all([0, 1, 2].map((i) => startInstance(fleet, i, { env: { Auth__RateLimitWindowSeconds: '3600' } })));
    const statuses = [];
    for (let i = 0; i < 45; i++) statuses.push((await mcp(nginxUrl, 'tools/list', {})).status);
    const ok = statuses.filter((s) => s === 200).length;
    const limited = statuses.filter((s) => s === 429).length;
    assert(ok === 30 && limited === 15, `${ok} answered and ${limited} refused with 429 (want 30 and 15; per instance it would be 45 and 0)`);
    return '30 answered, 15 refused with 429';
  });

  if (process.env.FLEET_BENCH === '1') await bench(fleet, sessionId);
}

// docs/scaling.md's figures: throughput through nginx with 1, 2 and 3 upstreams, and one instance with and without
// --redis (the cost of the Redis round trips per call: the rate limit's script on every request).
async function bench(fleet, sessionId) {
  const calls = Number(process.env.FLEET_BENCH_CALLS ?? 6000);
  await Promise.all(fleet.instances.map((child) => stop(child)));
  fleet.instanceArgs = ['--rate-limit', '1000000'];
  await Promise.all([0, 1, 2].map((i) => startInstance(fleet, i)));
  const nginxUrl = `http://127.0.0.1:${fleet.nginxPort}/mcp`;
  await load(nginxUrl, sessionId, 500); // warm-up
  for (const n of [1, 2, 3]) {
    await stop(fleet.nginx);
    await startNginx(fleet, fleet.ports.slice(0, n));
    await load(nginxUrl, sessionId, 300);
    const run = await load(nginxUrl, sessionId, calls);
    console.log(`BENCH instances=${n} calls=${run.done} failed=${run.failed} seconds=${run.seconds.toFixed(2)} calls_per_s=${run.perSecond.toFixed(0)}`);
  }
  const url = `http://127.0.0.1:${fleet.ports[0]}/mcp`;
  for (const redis of [true, false]) {
    await stop(fleet.instances[0]);
    await startInstance(fleet, 0, { redis });
    await load(url, sessionId, 300);
    const samples = [];
    for (let i = 0; i < 1000; i++) {
      const began = process.hrtime.bigint();
      await callTool(url, 'get-details-about-session', { sessionId });
      samples.push(Number(process.hrtime.bigint() - began) / 1e6);
    }
    samples.sort((a, b) => a - b);
    const run = await load(url, sessionId, calls);
    console.log(`BENCH one instance direct redis=${redis} c1_p50_ms=${samples[500].toFixed(3)} c1_p90_ms=${samples[900].toFixed(3)} c16_calls_per_s=${run.perSecond.toFixed(0)}`);
  }
}

async function cleanup() {
  await Promise.all([...processes].map((child) => stop(child, 25_000)));
  const failed = results.some((r) => !r.ok) || results.length === 0;
  if (!failed && process.env.FLEET_KEEP !== '1') fs.rmSync(work, { recursive: true, force: true });
  else console.log(`fleet-check: logs kept in ${work}`);
}

let status = 0;
try {
  await main();
} catch (error) {
  console.log(`FAIL  fleet-check stopped: ${error.stack ?? error}`);
  results.push({ name: 'setup', ok: false });
}
await cleanup();
const failedCount = results.filter((r) => !r.ok).length;
console.log(`fleet-check: ${results.length - failedCount} passed, ${failedCount} failed`);
if (failedCount > 0 || results.length === 0) status = 1;
process.exit(status);
