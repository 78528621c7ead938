// A Node.js MCP server doing our server's job with the official TypeScript SDK: the four Okta session tools over
// Streamable HTTP (stateless, a server per request as the SDK's own stateless example does), each calling Okta with
// fetch. The bench launches it like ours (--mcp-port N, OKTA_ORG_URL, OKTA_API_KEY) to time its start-up to the first
// tools/list: issue 7 asks for a published build "as fast as a Node.js server doing the same job", on the same machine.
// A reference for measurement only: no validation, auth or resilience of ours.
import http from "node:http";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/streamableHttp.js";
import { z } from "zod";

const flag = (name, fallback) => {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : fallback;
};
const port = Number(flag("--mcp-port", "9090"));
const org = (process.env.OKTA_ORG_URL ?? "").replace(/\/$/, "");

async function okta(method, path, body) {
  const response = await fetch(`${org}/api/v1/sessions${path}`, {
    method,
    headers: { Authorization: `SSWS ${process.env.OKTA_API_KEY}`, Accept: "application/json", "Content-Type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { content: [{ type: "text", text }], isError: !response.ok };
}

function build() {
  const server = new McpServer({ name: "okta-sessions-node-reference", version: "1.0.0" });
  const sessionId = { sessionId: z.string().min(1).describe("The Okta session id") };
  server.registerTool("okta-create-session-session-token",
    { title: "Create a session", description: "Creates an Okta session from a session token.", inputSchema: { sessionToken: z.string().min(1) } },
    ({ sessionToken }) => okta("POST", "", { sessionToken }));
  server.registerTool("get-details-about-session",
    { title: "Get details about a session", description: "Reads one Okta session.", inputSchema: sessionId, annotations: { readOnlyHint: true } },
    ({ sessionId: id }) => okta("GET", `/${encodeURIComponent(id)}`));
  server.registerTool("close-session",
    { title: "Close a session", description: "Closes one Okta session.", inputSchema: sessionId, annotations: { destructiveHint: true } },
    ({ sessionId: id }) => okta("DELETE", `/${encodeURIComponent(id)}`));
  server.registerTool("refresh-session",
    { title: "Refresh a session", description: "Extends one Okta session.", inputSchema: sessionId },
    ({ sessionId: id }) => okta("POST", `/${encodeURIComponent(id)}/lifecycle/refresh`));
  return server;
}

http.createServer(async (request, response) => {
  let body = "";
  for await (const chunk of request) body += chunk;
  const server = build();
  const transport = new StreamableHTTPServerTransport({ sessionIdGenerator: undefined });
  response.on("close", () => { transport.close(); server.close(); });
  await server.connect(transport);
  await transport.handleRequest(request, response, body ? JSON.parse(body) : undefined);
}).listen(port, "127.0.0.1");
