// What scripts/e2e does not reach, against a server command as it ships (the Native AOT binary in CI): inbound static
// keys, inbound OAuth (JWTs from a stand-in issuer), OTLP export (http/protobuf and gRPC to stand-in collectors) and
// OAuth to Okta (--okta-auth oauth: private_key_jwt and DPoP against the embedded simulator) and fleet state in Redis
// (--redis: the rate limit counted there; needs redis-server on PATH), each on a server of its
// own on free loopback ports, every one on its embedded simulator; and that its tools/list is the pinned contract
// (tests/OktaSessionMcp.Tests/Snapshots/tools-list.json), schemas included.
//   node scripts/feature-checks.mjs <server command...>     e.g. node scripts/feature-checks.mjs ./OktaSessionMcp
// Node 22's standard library only. Prints one PASS/FAIL line per check and "N passed, N failed"; exits 1 on a failure.
import { spawn } from "node:child_process";
import { createServer } from "node:http";
import { createServer as createH2Server } from "node:http2";
import { generateKeyPairSync, randomBytes, sign } from "node:crypto";
import { readFileSync } from "node:fs";
import { isDeepStrictEqual } from "node:util";

const command = process.argv.slice(2);
if (command.length === 0) {
  console.error("usage: node scripts/feature-checks.mjs <server command...>");
  process.exit(2);
}

let passed = 0;
let failed = 0;
const check = (name, ok, detail = "") => {
  console.log(`${ok ? "PASS" : "FAIL"}  ${name}${ok ? "" : `: ${String(detail).slice(0, 400)}`}`);
  ok ? passed++ : failed++;
};

// ---------- a server on its embedded simulator ----------

async function startServer(args, env = {}) {
  const child = spawn(command[0], [...command.slice(1), "--okta-simulator", "--mcp-port", "0", ...args], {
    // Port 0 in configuration picks a free REST port (--rest-port 0 on the command line would turn it off).
    env: { ...process.env, Server__RestPort: "0", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  let err = "";
  child.stdout.on("data", (d) => (out += d));
  child.stderr.on("data", (d) => (err += d));
  const exited = new Promise((resolve) => child.on("exit", resolve));
  for (let i = 0; i < 300; i++) {
    const mcp = /MCP endpoint: +(\S+)/.exec(out)?.[1];
    const rest = /REST adapter: +(\S+?)v1\/api\/v1\/sessions/.exec(out)?.[1];
    const sim = /Okta simulator: +(\S+?)\/?\s/.exec(out)?.[1];
    if (mcp && rest && sim) {
      const stop = async () => {
        child.kill("SIGTERM");
        return await exited;
      };
      return { mcp, rest, sim, stop, log: () => err };
    }
    if (child.exitCode !== null) throw new Error(`the server exited ${child.exitCode}: ${err.slice(-800)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill("SIGTERM");
  throw new Error(`the server printed no endpoints within 30 s: ${err.slice(-800)}`);
}

const mcpHeaders = { "Content-Type": "application/json", Accept: "application/json, text/event-stream", "MCP-Protocol-Version": "2025-11-25" };

async function rpc(url, method, params = {}, headers = {}) {
  const response = await fetch(url, {
    method: "POST",
    headers: { ...mcpHeaders, ...headers },
    body: JSON.stringify({ jsonrpc: "2.0", id: 1, method, params }),
  });
  const text = await response.text();
  const data = /^data: (.*)$/m.exec(text)?.[1];
  return { status: response.status, headers: response.headers, body: data ? JSON.parse(data) : text };
}

async function sessionToken(sim, login = "alice@example.com") {
  const response = await fetch(`${sim}/__sim/session-tokens`, {
    method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ login }),
  });
  return (await response.json()).sessionToken;
}

const tools = (r) => r.body?.result?.tools?.length ?? 0;
const toolOk = (r) => r.status === 200 && r.body?.result && !r.body.result.isError;

// Every tool once, in a session's life; true when each answered as it should.
async function sessionFlow(server, headers = {}) {
  const token = await sessionToken(server.sim);
  const created = await rpc(server.mcp, "tools/call", { name: "okta-create-session-session-token", arguments: { body: { sessionToken: token } } }, headers);
  const id = created.body?.result?.structuredContent?.id;
  if (!toolOk(created) || !id) return `create: ${JSON.stringify(created.body)}`;
  for (const name of ["get-details-about-session", "okta-refresh-session", "okta-close-session"]) {
    const r = await rpc(server.mcp, "tools/call", { name, arguments: { sessionId: id } }, headers);
    if (!toolOk(r)) return `${name}: ${JSON.stringify(r.body)}`;
  }
  const gone = await rpc(server.mcp, "tools/call", { name: "get-details-about-session", arguments: { sessionId: id } }, headers);
  return gone.body?.result?.isError === true ? true : `get after close: ${JSON.stringify(gone.body)}`;
}

async function withServer(label, args, env, body) {
  let server;
  try {
    server = await startServer(args, env);
    await body(server);
  } catch (error) {
    check(`${label}: the server runs`, false, error.message);
  } finally {
    if (server) check(`${label}: SIGTERM ends the server with exit code 0`, (await server.stop()) === 0, server.log().slice(-400));
  }
}

// ---------- 0. the public contract ----------

await withServer("tools/list", [], {}, async (server) => {
  const snapshot = JSON.parse(readFileSync(new URL("../tests/OktaSessionMcp.Tests/Snapshots/tools-list.json", import.meta.url), "utf8"));
  const listed = (await rpc(server.mcp, "tools/list")).body?.result?.tools ?? [];
  const sorted = [...listed].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const differing = snapshot.filter((tool, i) => !isDeepStrictEqual(tool, sorted[i])).map((tool) => tool.name);
  check("tools/list: names, descriptions, hints and schemas equal Snapshots/tools-list.json",
    listed.length === snapshot.length && differing.length === 0, `${listed.length} tools; differing: ${differing.join(", ")}`);
});

// ---------- 1. static keys ----------

const key = randomBytes(24).toString("hex");
await withServer("static keys", [], { MCP_AUTH_KEYS: `ci:${key}` }, async (server) => {
  const anonymous = await rpc(server.mcp, "tools/list");
  check("static keys: no key is 401 with a Bearer challenge", anonymous.status === 401 && /^Bearer/.test(anonymous.headers.get("www-authenticate") ?? ""), anonymous.status);
  const wrong = await rpc(server.mcp, "tools/list", {}, { Authorization: `Bearer x${key}` });
  check("static keys: a wrong key is 401", wrong.status === 401, wrong.status);
  const listed = await rpc(server.mcp, "tools/list", {}, { Authorization: `Bearer ${key}` });
  check("static keys: the key lists 5 tools", tools(listed) === 5, JSON.stringify(listed.body));
  const flow = await sessionFlow(server, { Authorization: `Bearer ${key}` });
  check("static keys: create, get, refresh, close with the key", flow === true, flow);
  const rest = await fetch(`${server.rest}v1/api/v1/sessions/unknownSession1`, { headers: { Authorization: `Bearer ${key}` } });
  const restBody = await rest.json().catch(() => ({}));
  check("static keys: REST get of an unknown session is Okta's 404 E0000007", rest.status === 404 && restBody.errorCode === "E0000007", rest.status);
  const restAnonymous = await fetch(`${server.rest}v1/api/v1/sessions/unknownSession1`);
  const refusal = await restAnonymous.json().catch(() => ({}));
  check("static keys: REST without a key is 401 E0000011", restAnonymous.status === 401 && refusal.errorCode === "E0000011", restAnonymous.status);
});

// ---------- 2. OAuth access tokens from a stand-in issuer ----------

const { privateKey, publicKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
const kid = "feature-checks-key";
const issuerServer = createServer((req, res) => {
  const base = `http://127.0.0.1:${issuerServer.address().port}`;
  const documents = {
    "/.well-known/openid-configuration": { issuer: base, jwks_uri: `${base}/keys`, id_token_signing_alg_values_supported: ["RS256"] },
    "/keys": { keys: [{ ...publicKey.export({ format: "jwk" }), kid, use: "sig", alg: "RS256" }] },
  };
  const document = documents[req.url];
  res.writeHead(document ? 200 : 404, { "Content-Type": "application/json" });
  res.end(JSON.stringify(document ?? {}));
});
await new Promise((r) => issuerServer.listen(0, "127.0.0.1", r));
const issuer = `http://127.0.0.1:${issuerServer.address().port}`;

const b64 = (value) => Buffer.from(typeof value === "string" ? value : JSON.stringify(value)).toString("base64url");
function jwt(audience, scope, { key: signingKey = privateKey, lifetime = 300 } = {}) {
  const now = Math.floor(Date.now() / 1000);
  const unsigned = `${b64({ alg: "RS256", typ: "at+jwt", kid })}.${b64({ iss: issuer, sub: "feature-checks", aud: audience, scp: scope, iat: now, nbf: now, exp: now + lifetime })}`;
  return `${unsigned}.${sign("RSA-SHA256", Buffer.from(unsigned), signingKey).toString("base64url")}`;
}

await withServer("inbound OAuth", ["--oauth-issuer", issuer], {}, async (server) => {
  const audience = server.mcp; // the default audience: the resource URL, derived from the listener
  const bearer = (token) => ({ Authorization: `Bearer ${token}` });
  const anonymous = await rpc(server.mcp, "tools/list");
  const challenge = anonymous.headers.get("www-authenticate") ?? "";
  check("OAuth: no token is 401 naming the resource metadata", anonymous.status === 401 && challenge.includes("resource_metadata="), `${anonymous.status} ${challenge}`);
  const metadata = await fetch(new URL("/.well-known/oauth-protected-resource/mcp", server.mcp)).then((r) => r.json()).catch((e) => ({ error: e.message }));
  check("OAuth: RFC 9728 metadata names the issuer", metadata.authorization_servers?.includes(issuer) && metadata.resource === audience, JSON.stringify(metadata));
  const read = await rpc(server.mcp, "tools/list", {}, bearer(jwt(audience, ["sessions:read"])));
  check("OAuth: a read token lists 5 tools", tools(read) === 5, `${read.status} ${JSON.stringify(read.body)}`);
  const scoped = await rpc(server.mcp, "tools/call", { name: "okta-close-session", arguments: { sessionId: "someSession1" } }, bearer(jwt(audience, ["sessions:read"])));
  check("OAuth: a read token may not close (403 insufficient_scope)", scoped.status === 403 && (scoped.headers.get("www-authenticate") ?? "").includes("insufficient_scope"), scoped.status);
  const flow = await sessionFlow(server, bearer(jwt(audience, ["sessions:read", "sessions:manage"])));
  check("OAuth: create, get, refresh, close with a manage token", flow === true, flow);
  const other = generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey;
  const forged = await rpc(server.mcp, "tools/list", {}, bearer(jwt(audience, ["sessions:read"], { key: other })));
  check("OAuth: a token signed by another key is 401", forged.status === 401, forged.status);
  const foreign = await rpc(server.mcp, "tools/list", {}, bearer(jwt("https://elsewhere.example/mcp", ["sessions:read"])));
  check("OAuth: a token for another audience is 401", foreign.status === 401, foreign.status);
  const expired = await rpc(server.mcp, "tools/list", {}, bearer(jwt(audience, ["sessions:read"], { lifetime: -120 })));
  check("OAuth: an expired token is 401", expired.status === 401, expired.status);
});
issuerServer.close();

// ---------- 3. telemetry over OTLP, http/protobuf and gRPC ----------

async function collector(protocol) {
  const seen = [];
  const server = protocol === "grpc"
    ? createH2Server((req, res) => {
      req.on("data", () => {}).on("end", () => {
        seen.push(req.url);
        // An empty Export*ServiceResponse: one uncompressed gRPC frame of length 0, then grpc-status 0.
        res.writeHead(200, { "content-type": "application/grpc" });
        res.addTrailers({ "grpc-status": "0" });
        res.end(Buffer.alloc(5));
      });
    })
    : createServer((req, res) => {
      req.on("data", () => {}).on("end", () => {
        seen.push(req.url);
        res.writeHead(200, { "Content-Type": "application/x-protobuf" });
        res.end();
      });
    });
  await new Promise((r) => server.listen(0, "127.0.0.1", r));
  return { seen, url: `http://127.0.0.1:${server.address().port}`, close: () => server.close() };
}

for (const protocol of ["http/protobuf", "grpc"]) {
  const sink = await collector(protocol);
  const env = {
    OTEL_EXPORTER_OTLP_ENDPOINT: sink.url, OTEL_EXPORTER_OTLP_PROTOCOL: protocol,
    OTEL_METRIC_EXPORT_INTERVAL: "500", OTEL_BSP_SCHEDULE_DELAY: "200",
  };
  await withServer(`telemetry (${protocol})`, [], env, async (server) => {
    const flow = await sessionFlow(server);
    check(`telemetry (${protocol}): the tools work while exporting`, flow === true, flow);
    const [traces, metrics] = protocol === "grpc"
      ? ["/opentelemetry.proto.collector.trace.v1.TraceService/Export", "/opentelemetry.proto.collector.metrics.v1.MetricsService/Export"]
      : ["/v1/traces", "/v1/metrics"];
    for (let i = 0; i < 100 && !(sink.seen.includes(traces) && sink.seen.includes(metrics)); i++) {
      await new Promise((r) => setTimeout(r, 100));
    }
    check(`telemetry (${protocol}): spans and metrics reach the collector`, sink.seen.includes(traces) && sink.seen.includes(metrics), sink.seen.join(", ") || "nothing");
  });
  sink.close();
}

// ---------- 4. OAuth to Okta: private_key_jwt and DPoP (the simulator checks both) ----------

await withServer("OAuth to Okta", ["--okta-auth", "oauth"], {}, async (server) => {
  const flow = await sessionFlow(server);
  check("OAuth to Okta: create (SSWS), then get, refresh, close with DPoP-bound tokens", flow === true, flow);
  // The simulator records each /api/v1 request's Authorization scheme and whether it carried a DPoP proof.
  const log = await fetch(`${server.sim}/__sim/requests`).then((r) => r.json()).catch(() => []);
  const bound = log.filter((entry) => entry.scheme === "DPoP" && entry.dpop === "present").map((entry) => entry.method);
  check("OAuth to Okta: get, refresh and close went with DPoP tokens and proofs", ["GET", "POST", "DELETE"].every((m) => bound.includes(m)),
    JSON.stringify(log.map((entry) => [entry.method, entry.scheme, entry.dpop])));
});

// ---------- 5. fleet state in Redis (--redis): the rate limit counted in Redis, sessions kept there ----------

const redisPort = await new Promise((resolve) => {
  const probe = createServer().listen(0, "127.0.0.1", () => { const { port } = probe.address(); probe.close(() => resolve(port)); });
});
const redis = spawn("redis-server", ["--port", String(redisPort), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"], { stdio: "ignore" });
const redisStarted = await new Promise((resolve) => { redis.on("error", () => resolve(false)); setTimeout(() => resolve(redis.exitCode === null), 500); });
if (!redisStarted) {
  check("Redis: redis-server runs (scripts/test installs it)", false, "redis-server could not be started");
} else {
  const fleetEnv = { Server__ConfirmationKey: randomBytes(32).toString("base64") };
  const fleetArgs = ["--stateful", "--redis", `127.0.0.1:${redisPort}`, "--rate-limit", "3"];
  // Two servers, called in turn: each alone would let all four through (and so would each's fallback, were the Redis
  // script to fail), so a 429 on the fourth shows the count is Redis's.
  await withServer("Redis", fleetArgs, fleetEnv, (first) => withServer("Redis, a second server", fleetArgs, fleetEnv, async (second) => {
    const statuses = [];
    for (const server of [first, second, first, second]) {
      statuses.push((await rpc(server.mcp, "initialize", { protocolVersion: "2025-11-25", capabilities: {}, clientInfo: { name: "feature-checks", version: "1" } })).status);
    }
    check("Redis: three initializes over two servers pass the rate limit counted in Redis, the fourth is 429", statuses.join() === "200,200,200,429", statuses.join());
  }));
  redis.kill("SIGTERM");
}

console.log(`feature-checks: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
