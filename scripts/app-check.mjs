// The session card (an MCP App) in a real browser, for scripts/app-check. Usage:
//   node app-check.mjs <mcp url of a --stateful server> <its Okta simulator url> [screenshot.png]
// A host of ours: the TypeScript SDK's client talks to the server, and a page in headless Chromium uses
// @modelcontextprotocol/ext-apps's AppBridge to render the card in a sandboxed iframe under the spec's default CSP.
// It feeds the card a real get-details-about-session result, checks that its text stays legible (4.5:1) in the host's
// light theme and after a switch to dark (where the card's own fallback colours must follow), clicks Refresh (the simulator must see the refresh) and
// Close three times: through a host that cannot confirm (refused, nothing changed), then declined, then accepted
// through one that can (the server's own confirmation, elicitation/create). No network request may leave the page and
// no CSP violation may be reported; two control frames prove that both would be seen. Exits non-zero on any failure.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { chromium } from "playwright-core";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
import { ElicitRequestSchema } from "@modelcontextprotocol/sdk/types.js";

const [mcpUrl, simulatorUrl, screenshotPath] = process.argv.slice(2);
if (!mcpUrl || !simulatorUrl) {
  console.error("usage: node app-check.mjs <mcp url> <simulator url> [screenshot.png]");
  process.exit(2);
}

const MIME = "text/html;profile=mcp-app";
const EXTENSION = { "io.modelcontextprotocol/ui": { mimeTypes: [MIME] } };
// SEP-1865 2026-01-26, "Host Behavior": the CSP a host MUST use when the resource declares none, with the sandbox
// section's frame-src, object-src and base-uri defaults.
const DEFAULT_CSP = "default-src 'none'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; " +
  "img-src 'self' data:; media-src 'self' data:; connect-src 'none'; frame-src 'none'; object-src 'none'; base-uri 'self'";

const fail = (message) => {
  console.error(`FAIL: ${message}`);
  process.exitCode = 1;
  throw new Error(message);
};
const check = (condition, message) => { if (!condition) fail(message); };
const sim = async (method, path, body) => {
  const response = await fetch(new URL(path, simulatorUrl), {
    method, headers: body ? { "Content-Type": "application/json" } : {}, body: body ? JSON.stringify(body) : undefined,
  });
  check(response.ok, `simulator ${method} ${path} answered ${response.status}`);
  return response.status === 204 ? null : response.json();
};
const oktaCalls = async () => (await sim("GET", "/__sim/requests")).map((r) => `${r.method} ${r.rawTarget}`);

// ---- the MCP side of the host: one client that can confirm (form elicitation), one that cannot ----
const answers = [];
const questions = [];
const connect = async (name, capabilities) => {
  const client = new Client({ name, version: "1.0.0" }, { capabilities });
  if (capabilities.elicitation) {
    client.setRequestHandler(ElicitRequestSchema, async (request) => {
      questions.push(request.params.message);
      const action = answers.shift() ?? "decline";
      return action === "accept" ? { action, content: { confirm: true } } : { action };
    });
  }
  await client.connect(new StreamableHTTPClientTransport(new URL(mcpUrl)));
  return client;
};
const confirming = await connect("app-check-host", { extensions: EXTENSION, elicitation: { form: {} } });
const unconfirming = await connect("app-check-host-without-elicitation", { extensions: EXTENSION });
let toolClient = confirming;

const { tools } = await confirming.listTools();
const getTool = tools.find((t) => t.name === "get-details-about-session");
const resourceUri = getTool?._meta?.ui?.resourceUri;
check(typeof resourceUri === "string" && resourceUri.startsWith("ui://"), `get-details-about-session names no ui:// view: ${JSON.stringify(getTool?._meta)}`);
const read = await confirming.readResource({ uri: resourceUri });
const resource = read.contents[0];
check(resource.mimeType === MIME, `the view's mimeType is ${resource.mimeType}`);
check(!resource._meta?.ui?.csp, "the view declares a csp; this check assumes the host default");

const { sessionToken } = await sim("POST", "/__sim/session-tokens", { login: "alice@example.com" });
const created = await confirming.callTool({ name: "okta-create-session-session-token", arguments: { body: { sessionToken } } });
const sessionId = created.structuredContent?.id;
check(typeof sessionId === "string" && !created.isError, "could not create a session");
const toolInput = { sessionId };
const toolResult = await confirming.callTool({ name: "get-details-about-session", arguments: toolInput });
check(!toolResult.isError && toolResult.structuredContent?.status === "ACTIVE", "get-details-about-session gave no ACTIVE session");

// ---- the browser side: AppBridge bundled for the page (it ships as ES modules importing the SDK) ----
const bundle = await build({
  stdin: {
    contents: 'import { AppBridge, PostMessageTransport } from "@modelcontextprotocol/ext-apps/app-bridge"; window.AppBridge = AppBridge; window.PostMessageTransport = PostMessageTransport;',
    resolveDir: fileURLToPath(new URL(".", import.meta.url)),
  },
  bundle: true, format: "iife", platform: "browser", write: false, logLevel: "error",
});
const bridgeScript = bundle.outputFiles[0].text;

const profile = mkdtempSync(join(tmpdir(), "app-check-chromium-"));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
  headless: true,
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync",
    // Chromium puts a sandboxed iframe in a process of its own, whose requests Playwright does not report (the
    // control frame below then goes unseen); in the page's process they are reported, attributed to their frame.
    "--disable-features=IsolateSandboxedIframes"],
  viewport: { width: 640, height: 720 },
  deviceScaleFactor: 2,
  locale: "en-US",
  timezoneId: "UTC",
});
const requests = [];
const cspReports = [];
context.on("request", (r) => requests.push(`${r.method()} ${r.url()}`));
const watch = (page) => page.on("console", (m) => { if (/Content Security Policy/i.test(m.text())) cspReports.push(m.text()); });

try {
  const page = context.pages()[0] ?? await context.newPage();
  watch(page);
  await page.exposeFunction("hostCallTool", async (params) => JSON.parse(JSON.stringify(await toolClient.callTool(params))));
  await page.setContent("<!DOCTYPE html><html><head><title>app-check host</title></head><body style=\"margin:16px;background:#f3f4f6\"></body></html>");
  await page.addScriptTag({ content: bridgeScript });
  await page.evaluate(async ({ html, csp, input, result }) => {
    const iframe = document.createElement("iframe");
    iframe.sandbox = "allow-scripts"; // an opaque origin: no storage, no same-origin access to this page
    iframe.title = "Okta session card";
    iframe.style.cssText = "border:0;width:560px;height:200px;display:block";
    document.body.append(iframe);
    window.sizes = [];
    const bridge = new window.AppBridge(null, { name: "app-check host", version: "1.0.0" }, { serverTools: {}, logging: {} }, {
      hostContext: {
        theme: "light", displayMode: "inline", availableDisplayModes: ["inline"], locale: "en-US", timeZone: "UTC",
        platform: "web", containerDimensions: { width: 560, maxHeight: 900 },
        styles: { variables: { "--color-background-primary": "#ffffff", "--color-text-primary": "#111827", "--border-radius-lg": "12px" } },
      },
    });
    window.bridge = bridge;
    bridge.oncalltool = (params) => window.hostCallTool(params);
    bridge.onsizechange = ({ width, height }) => {
      window.sizes.push({ width, height });
      if (height) iframe.style.height = `${height}px`;
    };
    bridge.oninitialized = () => {
      window.appInfo = bridge.getAppVersion();
      window.appCapabilities = bridge.getAppCapabilities();
      bridge.sendToolInput({ arguments: input });
      bridge.sendToolResult(result);
    };
    await bridge.connect(new window.PostMessageTransport(iframe.contentWindow, iframe.contentWindow));
    iframe.srcdoc = html.replace(/<head>/i, `<head><meta http-equiv="Content-Security-Policy" content="${csp}">`);
  }, { html: resource.text, csp: DEFAULT_CSP, input: toolInput, result: toolResult });

  const card = page.frameLocator("iframe");
  const text = (id) => card.locator(`#${id}`).textContent();
  await card.locator("#status").filter({ hasText: "ACTIVE" }).waitFor();
  check((await text("login")) === "alice@example.com", `the card shows login ${await text("login")}`);
  check(/\S/.test(await text("name")) && (await text("name")) !== "alice@example.com", "the card shows no user name");
  check(/password/.test(await text("amr")), `the card shows methods ${await text("amr")}`);
  check(/OKTA/.test(await text("idp")), `the card shows identity provider ${await text("idp")}`);
  const first = await text("countdown");
  check(/^(\d+ h )?\d+ min \d\d s$/.test(first), `the countdown reads "${first}"`);
  await card.locator("#countdown").filter({ hasNotText: first }).waitFor(); // it counts down by itself
  check(!(await card.locator("body").textContent()).includes(sessionId), "the card shows the session id");
  const appInfo = await page.evaluate(() => window.appInfo);
  check(appInfo?.name === "okta-session-card", `ui/initialize carried appInfo ${JSON.stringify(appInfo)}`);
  await page.waitForFunction(() => window.sizes.some((s) => s.height > 200));
  const sizes = await page.evaluate(() => window.sizes);

  if (screenshotPath) {
    await page.locator("iframe").screenshot({ path: screenshotPath });
  }

  // Themes: the host's light context above, then a switch to dark (ui/notifications/host-context-changed) that sends
  // only the two main colours, as hosts commonly do: every other colour comes from the card's own light-dark()
  // fallbacks, which must then follow the dark scheme. Each pair of text and background must stay legible (WCAG AA,
  // 4.5:1). Back to light afterwards, for the rest of the run.
  const contrasts = async () => card.locator("body").evaluate(() => {
    const rgb = (c) => c.match(/[\d.]+/g).slice(0, 3).map(Number);
    const lum = (c) => { const [r, g, b] = rgb(c).map((v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; }); return 0.2126 * r + 0.7152 * g + 0.0722 * b; };
    const ratio = (fg, bg) => { const [a, b] = [lum(fg), lum(bg)].sort((x, y) => y - x); return (a + 0.05) / (b + 0.05); };
    const style = (selector) => getComputedStyle(document.querySelector(selector));
    const card = style(".card").backgroundColor;
    return {
      background: card,
      pairs: {
        name: ratio(style("#name").color, card), login: ratio(style("#login").color, card), label: ratio(style("dt").color, card),
        status: ratio(style("#status").color, style("#status").backgroundColor), close: ratio(style("#close").color, style("#close").backgroundColor),
      },
    };
  });
  const legible = (theme, { pairs }) => {
    for (const [name, value] of Object.entries(pairs)) check(value >= 4.5, `${theme}: ${name} text has a contrast of ${value.toFixed(2)}:1, under 4.5:1`);
  };
  const light = await contrasts();
  legible("light", light);
  await page.evaluate(() => window.bridge.setHostContext({
    theme: "dark", styles: { variables: { "--color-background-primary": "#18181b", "--color-text-primary": "#f4f4f5" } },
  }));
  await card.locator("body").evaluate(() => new Promise((resolve) => {
    const done = () => document.documentElement.dataset.theme === "dark" ? resolve() : requestAnimationFrame(done);
    done();
  }));
  const dark = await contrasts();
  check(dark.background === "rgb(24, 24, 27)", `dark: the card's background is ${dark.background}, not the host's #18181b`);
  legible("dark", dark);
  await page.evaluate(() => window.bridge.setHostContext({
    theme: "light", styles: { variables: { "--color-background-primary": "#ffffff", "--color-text-primary": "#111827" } },
  }));
  const worst = (r) => Math.min(...Object.values(r.pairs)).toFixed(1);

  // Refresh: the card calls okta-refresh-session through the host; the simulator must see it.
  await sim("DELETE", "/__sim/requests");
  await card.locator("#refresh").click();
  await card.locator("#message").filter({ hasText: "Refreshed" }).waitFor();
  const refreshCalls = await oktaCalls();
  check(refreshCalls.includes(`POST /api/v1/sessions/${sessionId}/lifecycle/refresh`), `Refresh reached Okta as ${JSON.stringify(refreshCalls)}`);

  // Close through a host that cannot confirm: the server refuses, nothing reaches Okta, the card says so.
  toolClient = unconfirming;
  await sim("DELETE", "/__sim/requests");
  await card.locator("#close").click();
  await card.locator("#message").filter({ hasText: "Not closed: this client renders MCP Apps views" }).waitFor();
  check((await oktaCalls()).length === 0, `a host that cannot confirm still reached Okta: ${await oktaCalls()}`);
  check(questions.length === 0, "a host without elicitation was asked");

  // Close, declined: the server asked (elicitation/create), read the session, sent no DELETE.
  toolClient = confirming;
  answers.push("decline");
  await card.locator("#close").click();
  await card.locator("#message").filter({ hasText: "Not closed: the person declined." }).waitFor();
  check(questions.length === 1 && questions[0].startsWith("Close the Okta session of alice@example.com"), `asked ${JSON.stringify(questions)}`);
  check(!(await oktaCalls()).some((c) => c.startsWith("DELETE")), "a declined close sent a DELETE");

  // Close, accepted: now the session is closed.
  answers.push("accept");
  await card.locator("#close").click();
  await card.locator("#status").filter({ hasText: "CLOSED" }).waitFor();
  check(questions.length === 2, `asked ${questions.length} times in all, not 2`);
  check((await oktaCalls()).includes(`DELETE /api/v1/sessions/${sessionId}`), "an accepted close sent no DELETE");
  check(await card.locator("#refresh").isDisabled(), "Refresh is still enabled on a closed session");

  check(requests.length === 0, `the page made network requests: ${requests.join(", ")}`);
  check(cspReports.length === 0, `CSP violations were reported: ${cspReports.join(" | ")}`);

  // Controls: the same sandbox and CSP with a frame that tries to connect is reported, and without the CSP its
  // request is seen. So the two checks above could have failed.
  const control = await context.newPage();
  watch(control);
  await control.setContent("<!DOCTYPE html><body></body>");
  const attempt = "<!DOCTYPE html><html><head></head><body><script>fetch('http://app-check.invalid/control').catch(() => {});</script></body></html>";
  const reported = control.waitForEvent("console", { predicate: (m) => /Content Security Policy/i.test(m.text()) });
  const requested = control.waitForRequest((r) => r.url().includes("app-check.invalid/control"));
  await control.evaluate(({ attempt, csp }) => {
    for (const withCsp of [true, false]) {
      const frame = document.createElement("iframe");
      frame.sandbox = "allow-scripts";
      frame.srcdoc = withCsp ? attempt.replace("<head>", `<head><meta http-equiv="Content-Security-Policy" content="${csp}">`) : attempt;
      document.body.append(frame);
    }
  }, { attempt, csp: DEFAULT_CSP });
  await Promise.all([reported, requested]);
  check(cspReports.length > 0, "the control frame's blocked connection was not reported as a CSP violation");
  check(requests.some((r) => r.includes("app-check.invalid/control")), "the control frame's request without CSP was not seen");

  console.log(`session card in Chromium: rendered alice@example.com (ACTIVE, countdown "${first}"), ` +
    `${sizes.length} size-changed (last ${sizes.at(-1).width}x${sizes.at(-1).height}); legible in light and dark (lowest ` +
    `contrast ${worst(light)}:1 and ${worst(dark)}:1); Refresh reached Okta; Close refused ` +
    `by a host that cannot confirm, declined, then accepted and closed; no network request, no CSP violation ` +
    `(the controls were caught)${screenshotPath ? `; screenshot ${screenshotPath}` : ""}`);
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
  await confirming.close();
  await unconfirming.close();
}
