using System.Diagnostics;
using System.Text.RegularExpressions;
using OpenTelemetry;

namespace OktaSessionMcp.Telemetry;

/// <summary>
/// Takes session ids out of spans before they are exported. ASP.NET Core's and HttpClient's instrumentations record the
/// request's path and URL (url.path, url.full), and the REST adapter's and Okta's paths hold a session id
/// (/api/v1/sessions/{id}); a query string is dropped whole. The route templates they also record hold no value.
/// Metrics carry routes, not paths, so they need nothing.
/// </summary>
internal sealed partial class SessionIdRedaction : BaseProcessor<Activity>
{
    private static readonly string[] UrlTags = ["url.path", "url.full", "url.query", "http.url", "http.target"];

    public override void OnEnd(Activity data)
    {
        foreach (var tag in UrlTags)
        {
            if (data.GetTagItem(tag) is string value)
            {
                data.SetTag(tag, tag == "url.query" ? "REDACTED" : Redact(value));
            }
        }

        data.DisplayName = Redact(data.DisplayName);
    }

    internal static string Redact(string value)
    {
        var query = value.IndexOf('?', StringComparison.Ordinal);
        return SessionSegment().Replace(query < 0 ? value : value[..query], "/sessions/{sessionId}");
    }

    [GeneratedRegex("/sessions/[^/?#{}]+", RegexOptions.CultureInvariant)]
    private static partial Regex SessionSegment();
}
