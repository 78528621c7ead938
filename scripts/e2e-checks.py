#!/usr/bin/env python3
"""Assertions for scripts/e2e: reads what the real clients printed and says, in one line each, what is wrong.

Standard library only (CI has python3 but maybe not jq or PyYAML). Every command exits 0 when its check holds
and 1 with a message on stderr when it does not. Session ids and tokens are never printed whole.
"""
import json
import os
import re
import select
import socket
import subprocess
import sys
import time
import urllib.request

DOCUMENTED_HINTS = ("readOnly", "destructive", "idempotent", "openWorld")


class CheckFailed(Exception):
    pass


def fail(message):
    raise CheckFailed(message)


def mask(value):
    """A session id or token as a short fingerprint: enough to follow a run, useless to an attacker."""
    text = str(value)
    return text[:4] + "…" if len(text) > 8 else "…"


def load_json(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


# ---------- the expected-failures file: a small YAML subset (keys holding lists of names, comments) ----------

def read_baseline(path):
    """Parses `key:` followed by `  - name  # comment` lines. The conformance tool reads the same file as YAML."""
    lists, key = {}, None
    with open(path, encoding="utf-8") as f:
        for raw in f:
            line = raw.split("#", 1)[0].rstrip()
            if not line:
                continue
            if re.fullmatch(r"[A-Za-z0-9_-]+:", line):
                key = line[:-1]
                lists[key] = []
            elif (m := re.fullmatch(r"\s+-\s+([A-Za-z0-9_./-]+)", line)) and key is not None:
                lists[key].append(m.group(1))
            else:
                fail(f"{path}: cannot read line {raw.rstrip()!r} (expected 'key:' or '  - scenario-name')")
    return lists


def cmd_baseline(path, mode, out):
    """Writes the baseline the conformance tool gets for one mode: `server` plus `<mode>-only` (JSON is YAML)."""
    lists = read_baseline(path)
    names = lists.get("server", []) + lists.get(f"{mode}-only", [])
    with open(out, "w", encoding="utf-8") as f:
        json.dump({"server": names}, f)


# ---------- conformance results ----------

def scenario_results(results_dir):
    """checks.json per scenario, from the tool's -o folder (server-<scenario>-<timestamp>/checks.json)."""
    results = {}
    for entry in sorted(os.listdir(results_dir)):
        m = re.fullmatch(r"server-(.+)-\d{4}-\d\d-\d\dT[\d-]+Z", entry)
        checks_path = os.path.join(results_dir, entry, "checks.json")
        if m and os.path.exists(checks_path):
            results[m.group(1)] = load_json(checks_path)
    return results


def compact(text, limit=600):
    """An error message on one line: the suite's messages are often pretty-printed JSON."""
    text = re.sub(r"\s+", " ", text)
    return text if len(text) <= limit else text[:limit] + "…"


def verdict(checks):
    statuses = [c.get("status") for c in checks]
    ok = statuses.count("SUCCESS")
    bad = statuses.count("FAILURE")
    warn = statuses.count("WARNING")
    # The tool's baseline logic counts a WARNING as a failure; so do we, so that the two never disagree.
    return ("pass" if bad == 0 and warn == 0 else "fail"), ok, bad, warn


def cmd_conformance(mode, results_dir, baseline_path, listed_path, *required):
    lists = read_baseline(baseline_path)
    expected = set(lists.get("server", []) + lists.get(f"{mode}-only", []))
    scenarios = [line.strip()[2:].split(" ")[0] for line in open(listed_path, encoding="utf-8")
                 if line.strip().startswith("- ")]
    results = scenario_results(results_dir)
    problems = []
    for name in sorted(set(expected) - set(scenarios)):
        problems.append(f"{name}: listed in {baseline_path} but the suite has no such scenario")
    for name in required:
        if name in expected:
            problems.append(f"{name}: must pass in {mode} mode, so it may not be listed in {baseline_path}")
    for name in scenarios:
        if name not in results:
            problems.append(f"{name}: did not run (no checks.json)")
            continue
        state, ok, bad, warn = verdict(results[name])
        if name in required and (state != "pass" or ok == 0):
            first = next((c for c in results[name] if c.get("status") in ("FAILURE", "WARNING")), None)
            why = compact(first.get("errorMessage") or json.dumps(first.get("details"))) if first else "no SUCCESS check"
            problems.append(f"{name}: required to pass in {mode} mode but got {ok} passed, {bad} failed, {warn} warnings: {why}")
        elif state == "fail" and name not in expected:
            first = next(c for c in results[name] if c.get("status") in ("FAILURE", "WARNING"))
            problems.append(f"{name}: unexpected failure: {compact(first.get('errorMessage') or json.dumps(first.get('details')))}")
        elif state == "pass" and name in expected:
            problems.append(f"{name}: passes now, remove it from {baseline_path}")
    passed = sum(1 for n in scenarios if n in results and verdict(results[n])[0] == "pass")
    print(f"conformance ({mode}): {len(scenarios)} scenarios, {passed} passed, "
          f"{len([n for n in scenarios if n in expected])} expected failures, {len(problems)} problems")
    print(f"  required and passing: {', '.join(n for n in required if n in results and verdict(results[n])[0] == 'pass')}")
    if problems:
        fail("\n  ".join([f"conformance ({mode}) problems:"] + problems))


# ---------- Inspector results ----------

def readme_hints(readme_path):
    """The Tools table in README.md: | `tool` | ... | readOnly | destructive | idempotent | openWorld |."""
    hints, columns = {}, None
    for line in open(readme_path, encoding="utf-8"):
        if not line.lstrip().startswith("|"):
            columns = None
            continue
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if all(h in cells for h in DOCUMENTED_HINTS):
            columns = {h: cells.index(h) for h in DOCUMENTED_HINTS}
            continue
        if columns and (m := re.fullmatch(r"`([^`]+)`", cells[0])):
            hints[m.group(1)] = {h: cells[i] == "true" for h, i in columns.items()}
    if not hints:
        fail(f"{readme_path}: no Tools table with readOnly, destructive, idempotent and openWorld columns")
    return hints


def envelope(path):
    data = load_json(path)
    if "result" not in data:
        fail(f"{path}: the Inspector printed no result: {json.dumps(data)[:300]}")
    return data


def cmd_tools_list(path, readme_path):
    data = envelope(path)
    tools = {t["name"]: t for t in data["result"].get("tools", [])}
    documented = readme_hints(readme_path)
    problems = []
    for name in sorted(set(documented) - set(tools)):
        problems.append(f"{name}: documented in {readme_path} but not listed by the server")
    for name, tool in sorted(tools.items()):
        if name not in documented:
            problems.append(f"{name}: listed by the server but missing from {readme_path}'s Tools table")
            continue
        annotations = tool.get("annotations") or {}
        for hint, want in documented[name].items():
            got = annotations.get(hint + "Hint")
            if got is not want:
                problems.append(f"{name}: {hint}Hint is {json.dumps(got)}, documented as {json.dumps(want)}")
        if not (tool.get("title") or annotations.get("title")):
            problems.append(f"{name}: no title")
    for finding in data.get("schemaFindings") or []:
        for item in finding.get("findings", []):
            if item.get("severity") == "error":
                problems.append(f"{finding.get('toolName')}: {item.get('schema')}.{item.get('path')}: {item.get('issue')}")
    if problems:
        fail("\n  ".join(["tools/list:"] + problems))
    hints = ", ".join(f"{n} ({'/'.join(h[0] for h, v in documented[n].items() if v) or '-'})" for n in sorted(tools))
    print(f"tools/list: {len(tools)} tools, hints as documented (r=readOnly d=destructive i=idempotent): {hints}")


def structured(path):
    result = envelope(path)["result"]
    if result.get("isError"):
        fail(f"{path}: isError: {json.dumps(result.get('content'))[:300]}")
    content = result.get("structuredContent")
    if not isinstance(content, dict):
        fail(f"{path}: no structuredContent")
    return content


def load_state(state_path):
    return load_json(state_path) if os.path.exists(state_path) else {}


def save_state(state_path, state):
    with open(state_path, "w", encoding="utf-8") as f:
        json.dump(state, f)


def cmd_call(step, path, state_path, login="alice@example.com"):
    state = load_state(state_path)
    if step == "create":
        s = structured(path)
        if not s.get("id") or s.get("status") != "ACTIVE" or s.get("login") != login:
            fail(f"create: expected an ACTIVE session for {login}, got status {s.get('status')!r}, login {s.get('login')!r}")
        state.update(sessionId=s["id"], expiresAt=s.get("expiresAt"))
        print(f"create: session {mask(s['id'])} ACTIVE for {login}, expires {s.get('expiresAt')}")
    elif step == "get":
        s = structured(path)
        if s.get("id") != state["sessionId"] or s.get("status") != "ACTIVE":
            fail(f"get: expected the created session ACTIVE, got {mask(s.get('id'))} {s.get('status')!r}")
        print(f"get: session {mask(s['id'])} ACTIVE, userId {s.get('userId')}")
    elif step == "refresh":
        s = structured(path)
        if s.get("id") != state["sessionId"] or not s.get("expiresAt") or s["expiresAt"] < (state.get("expiresAt") or ""):
            fail(f"refresh: expected the same session with a later expiresAt, got {mask(s.get('id'))} {s.get('expiresAt')}")
        print(f"refresh: session {mask(s['id'])} now expires {s['expiresAt']}")
    elif step == "close":
        s = structured(path)
        if s.get("closed") is not True:
            fail(f"close: expected closed: true, got {json.dumps(s)[:200]}")
        print(f"close: session {mask(state['sessionId'])} closed")
    elif step == "get-closed":
        result = envelope(path)["result"]
        text = " ".join(c.get("text", "") for c in result.get("content", []))
        if result.get("isError") is not True or "not found" not in text.lower():
            fail(f"get after close: expected isError and 'not found', got {text[:200]!r}")
        if state["sessionId"] in text:
            fail("get after close: the error message contains the whole session id")
        print("get after close: isError, not found (as expected)")
    elif step == "create-and-refresh":
        s = structured(path)
        if not s.get("sessionId") or not s.get("expiresAt"):
            fail(f"create-and-refresh: expected sessionId and expiresAt, got keys {sorted(s)}")
        state.update(sessionId=s["sessionId"])
        print(f"create-and-refresh: session {mask(s['sessionId'])}, expires {s['expiresAt']}")
    else:
        fail(f"unknown step {step}")
    save_state(state_path, state)


def cmd_all_called(list_path, *called):
    missing = {t["name"] for t in envelope(list_path)["result"].get("tools", [])} - set(called)
    if missing:
        fail(f"no call in scripts/e2e for {sorted(missing)}: every tool is called once; add its call there")


def cmd_state(state_path, key):
    print(load_state(state_path)[key])


def cmd_tool_args(kind, value):
    """Tool arguments as JSON, built here so that no token or id is ever spliced into shell-quoted JSON by hand."""
    args = {"create": {"body": {"sessionToken": value}}, "token": {"sessionToken": value}, "session": {"sessionId": value}}
    print(json.dumps(args[kind]))


# ---------- servers and the simulator ----------

def cmd_mint(simulator_url, login):
    request = urllib.request.Request(
        simulator_url.rstrip("/") + "/__sim/session-tokens",
        data=json.dumps({"login": login}).encode(), headers={"Content-Type": "application/json"}, method="POST")
    with urllib.request.urlopen(request, timeout=10) as response:
        token = json.load(response).get("sessionToken")
    if not token:
        fail(f"{simulator_url}/__sim/session-tokens returned no sessionToken")
    print(token)


def cmd_port_free(port):
    with socket.socket() as s:
        try:
            s.bind(("127.0.0.1", int(port)))
        except OSError:
            fail(f"port {port} on 127.0.0.1 is in use: mcp.json's HTTP entry points there, so scripts/e2e runs the "
                 f"server on it. Stop whatever listens on {port} (ss -ltnp 'sport = :{port}') and run again.")


def cmd_stdio_clean(config_path, server_name, org_url, api_key, timeout="60"):
    """Starts the stdio entry exactly as mcp.json says and requires stdout to carry JSON-RPC and nothing else."""
    entry = load_json(config_path)["mcpServers"][server_name]
    env = {**os.environ, **entry.get("env", {}), "OKTA_ORG_URL": org_url, "OKTA_API_KEY": api_key}
    requests = [
        {"jsonrpc": "2.0", "id": 1, "method": "initialize",
         "params": {"protocolVersion": "2025-06-18", "capabilities": {}, "clientInfo": {"name": "e2e", "version": "1"}}},
        {"jsonrpc": "2.0", "method": "notifications/initialized"},
        {"jsonrpc": "2.0", "id": 2, "method": "tools/list"},
        {"jsonrpc": "2.0", "id": 3, "method": "ping"},
    ]
    process = subprocess.Popen([entry["command"], *entry.get("args", [])], env=env, stdin=subprocess.PIPE,
                               stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, cwd=entry.get("cwd"))
    try:
        process.stdin.write("".join(json.dumps(r) + "\n" for r in requests).encode())
        process.stdin.flush()
        answered, lines, deadline, buffer = set(), 0, time.monotonic() + float(timeout), b""
        while answered != {1, 2, 3}:
            remaining = deadline - time.monotonic()
            if remaining <= 0 or not select.select([process.stdout], [], [], remaining)[0]:
                fail(f"stdio entry '{server_name}': no answer to {sorted({1, 2, 3} - answered)} within {timeout}s")
            chunk = os.read(process.stdout.fileno(), 65536)
            if not chunk:
                fail(f"stdio entry '{server_name}': stdout closed (exit {process.wait()}) before all answers came")
            buffer += chunk
            while b"\n" in buffer:
                line, buffer = buffer.split(b"\n", 1)
                lines += 1
                try:
                    message = json.loads(line)
                except ValueError:
                    fail(f"stdio entry '{server_name}': stdout line {lines} is not JSON-RPC: {line[:120]!r}")
                if not isinstance(message, dict) or message.get("jsonrpc") != "2.0":
                    fail(f"stdio entry '{server_name}': stdout line {lines} is JSON but not JSON-RPC 2.0")
                if "id" in message:
                    answered.add(message["id"])
        process.stdin.close()
        code = process.wait(timeout=15)
        print(f"stdio entry '{server_name}': {lines} lines on stdout, all JSON-RPC; exits {code} when stdin closes")
        if code != 0:
            fail(f"stdio entry '{server_name}' exited {code} when stdin closed")
    finally:
        if process.poll() is None:
            process.terminate()
            process.wait(timeout=10)


def cmd_stdio_config(config_path, server_name, out, command, *args):
    """Writes a copy of mcp.json whose stdio entry runs another server command (scripts/e2e with OKTA_MCP_SERVER)."""
    config = load_json(config_path)
    entry = config["mcpServers"][server_name]
    entry["command"] = os.path.abspath(command) if os.sep in command else command
    entry["args"] = [*args, "--stdio"]
    with open(out, "w", encoding="utf-8") as f:
        json.dump(config, f, indent=2)


COMMANDS = {
    "baseline": cmd_baseline, "conformance": cmd_conformance, "tools-list": cmd_tools_list, "call": cmd_call,
    "state": cmd_state, "all-called": cmd_all_called, "tool-args": cmd_tool_args, "mint": cmd_mint, "port-free": cmd_port_free,
    "stdio-clean": cmd_stdio_clean, "stdio-config": cmd_stdio_config,
}

if __name__ == "__main__":
    try:
        COMMANDS[sys.argv[1]](*sys.argv[2:])
    except CheckFailed as e:
        print(f"FAIL: {e}", file=sys.stderr)
        sys.exit(1)
