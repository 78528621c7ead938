using System.ComponentModel;
using System.Text.Json.Nodes;

namespace OktaSessionMcp.Apps;

/// <summary>
/// The session card as an MCP resource. No csp in its _meta: the host's restrictive default then applies (no
/// connections, no outside script, style, font or image), and the card needs nothing more.
/// </summary>
[McpServerResourceType]
public sealed class SessionCardResource
{
    [McpServerResource(UriTemplate = SessionCard.ResourceUri, Name = "session-card", Title = "Okta session card",
        MimeType = SessionCard.MimeType)]
    [Description("An MCP App view of one Okta session (who, status, expiry with a countdown, how the user signed in), " +
        "with Refresh and Close buttons. Hosts that render MCP Apps show it for get-details-about-session and okta-refresh-session.")]
    public static ResourceContents Read() => new TextResourceContents
    {
        Uri = SessionCard.ResourceUri,
        MimeType = SessionCard.MimeType,
        Text = SessionCard.Html,
        Meta = new JsonObject { ["ui"] = new JsonObject { ["prefersBorder"] = true } },
    };
}
