using System.Collections.Frozen;
using OktaSessionMcp.Tools;

namespace OktaSessionMcp.Apps;

/// <summary>
/// The session card: an MCP App view (the io.modelcontextprotocol/ui extension, SEP-1865, revision 2026-01-26) that
/// shows a session from a tool's structured content. One self-contained HTML file, embedded in the assembly.
/// </summary>
/// <remarks>
/// Only the tools that take a session id declare it. A host hands a tool's arguments to its view
/// (ui/notifications/tool-input), and the two create tools' argument is a session token, which must reach nobody.
/// </remarks>
internal static class SessionCard
{
    public const string ResourceUri = "ui://okta-session-mcp/session-card.html";
    public const string MimeType = "text/html;profile=mcp-app";

    public static readonly FrozenSet<string> Tools = FrozenSet.Create(StringComparer.Ordinal, GetSessionTool.Name, RefreshSessionTool.Name);

    private static readonly Lazy<string> Document = new(Load);

    public static string Html => Document.Value;

    private static string Load()
    {
        using var stream = typeof(SessionCard).Assembly.GetManifestResourceStream("OktaSessionMcp.Apps.session-card.html")
            ?? throw new InvalidOperationException("The session card (Apps/session-card.html) is not embedded in the assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
