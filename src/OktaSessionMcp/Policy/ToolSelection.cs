namespace OktaSessionMcp.Policy;

/// <summary>
/// Which tools exist under the policy. Applied to the server's tool collection, so that a tool left out is neither
/// listed nor callable: the SDK answers a call to it as to any unknown tool. A tool is read-only when it says so in its
/// own readOnlyHint, the contract every tool states.
/// </summary>
internal static class ToolSelection
{
    public static bool IsReadOnly(Tool tool) => tool.Annotations?.ReadOnlyHint == true;

    public static bool IsAllowed(Tool tool, PolicyOptions policy) =>
        (!policy.ReadOnly || IsReadOnly(tool))
        && (policy.AllowedTools is not { } allowed || allowed.Contains(tool.Name, StringComparer.Ordinal));

    public static void Apply(McpServerOptions server, PolicyOptions policy)
    {
        if (server.ToolCollection is not { } tools)
        {
            return;
        }

        foreach (var tool in tools.Where(tool => !IsAllowed(tool.ProtocolTool, policy)).ToList())
        {
            tools.Remove(tool);
        }
    }
}
