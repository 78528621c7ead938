// The official TypeScript SDK's client against our server, for scripts/e2e: a client nobody here wrote, speaking
// 2025-11-25 over Streamable HTTP. Usage: node ts-client-check.mjs <mcp url> <session token> <stateful|stateless>
// It lists the tools, then creates, reads, refreshes and closes a session. It declares form elicitation and answers
// yes: a stateful server must ask (elicitation/create) before closing; a stateless one cannot ask, so under the
// default --confirm-destructive auto it must close without asking. Exits non-zero on any unexpected answer.
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
import { ElicitRequestSchema } from "@modelcontextprotocol/sdk/types.js";

const [url, sessionToken, mode] = process.argv.slice(2);
if (!url || !sessionToken || !["stateful", "stateless"].includes(mode)) {
  console.error("usage: node ts-client-check.mjs <mcp url> <session token> <stateful|stateless>");
  process.exit(2);
}

const fail = (message) => {
  console.error(`FAIL: ${message}`);
  process.exit(1);
};

const client = new Client({ name: "ts-client-check", version: "1.0.0" }, { capabilities: { elicitation: { form: {} } } });
const questions = [];
client.setRequestHandler(ElicitRequestSchema, async (request) => {
  questions.push(request.params.message);
  return { action: "accept", content: { confirm: true } };
});

const transport = new StreamableHTTPClientTransport(new URL(url));
await client.connect(transport);
const version = transport.protocolVersion ?? "(not reported)";
if ((mode === "stateful") !== Boolean(transport.sessionId)) {
  fail(`a ${mode} server answered initialize ${transport.sessionId ? "with" : "without"} an Mcp-Session-Id`);
}

const { tools } = await client.listTools();
const names = tools.map((tool) => tool.name).sort();
if (names.length !== 5) fail(`tools/list gave ${names.length} tools: ${names.join(", ")}`);

const call = async (name, args, wantError = false) => {
  const result = await client.callTool({ name, arguments: args });
  if (Boolean(result.isError) !== wantError) {
    fail(`${name}: isError ${Boolean(result.isError)}, expected ${wantError}: ${JSON.stringify(result.content).slice(0, 300)}`);
  }
  return result;
};

const created = await call("okta-create-session-session-token", { body: { sessionToken } });
const sessionId = created.structuredContent?.id;
if (!sessionId || created.structuredContent.status !== "ACTIVE") fail("create returned no ACTIVE session");
await call("get-details-about-session", { sessionId });
await call("okta-refresh-session", { sessionId });
const closed = await call("okta-close-session", { sessionId });
if (closed.structuredContent?.closed !== true) fail("close did not report closed: true");
if (mode === "stateful" && questions.length !== 1) fail(`the stateful server asked ${questions.length} times before closing, not once`);
if (mode === "stateless" && questions.length !== 0) fail("the stateless server asked a question it has no channel for");
await call("get-details-about-session", { sessionId }, true);

await client.close();
const asked = questions.length ? `asked "${questions[0].slice(0, 60)}…" and closed on yes` : "closed without asking";
console.log(`TypeScript SDK client, ${mode}, protocol ${version}: ${names.length} tools; create, get, refresh, close (${asked}); get after close is an error`);
