namespace OktaSessionMcp.Auth;

/// <summary>
/// Which scope a tool call needs: a tool that declares itself read-only needs the read scope; every other tool, and a
/// tool that states no hint, the manage scope. An unknown tool needs only the read scope: nothing runs for it.
/// </summary>
internal static class ToolScopes
{
    public static string Required(McpServerPrimitiveCollection<McpServerTool>? tools, string? toolName, AuthSettings settings) =>
        toolName is null || tools is null || !tools.TryGetPrimitive(toolName, out var tool)
            ? settings.ReadScope
            : Required(tool, settings);

    public static string Required(McpServerTool? tool, AuthSettings settings) =>
        tool is null || tool.ProtocolTool.Annotations?.ReadOnlyHint == true ? settings.ReadScope : settings.ManageScope;
}
