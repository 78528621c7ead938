namespace OktaSessionMcp.Bench.Processes;

/// <summary>
/// bench/node-reference: the same four tools over Streamable HTTP with the official TypeScript SDK, launched like our
/// server, so that "as fast as a Node.js server doing the same job" is measured on this machine rather than assumed.
/// </summary>
internal static class NodeReference
{
    public const string Name = "Node.js reference (TypeScript MCP SDK 1.32.2)";

    public const string Install = "`npm ci` in bench/node-reference (scripts/bench does it)";

    public const string Note = "bench/node-reference/server.mjs, run as `node server.mjs`: another server, for comparison";

    /// <returns>The launch, or null when its packages are not installed.</returns>
    public static ServerBuild? Build(RepoPaths paths)
    {
        var folder = Path.Combine(paths.Root, "bench", "node-reference");
        return Directory.Exists(Path.Combine(folder, "node_modules", "@modelcontextprotocol", "sdk"))
            ? new ServerBuild(Name, "node", [Path.Combine(folder, "server.mjs")], new Dictionary<string, string>())
            : null;
    }
}
