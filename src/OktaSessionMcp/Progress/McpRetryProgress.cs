using System.Globalization;
using ModelContextProtocol;

namespace OktaSessionMcp.Progress;

/// <summary>
/// Tells an MCP client that asked for progress (a progressToken in the call's _meta) why a tool call is waiting:
/// Okta's rate limit is spent until a given time, or a transient failure is being retried.
/// </summary>
internal sealed class McpRetryProgress(McpServer server, ProgressToken progressToken) : IOktaCallObserver
{
    private int sent;

    public async ValueTask OnRetryAsync(OktaRetryNotice notice, CancellationToken cancellationToken)
    {
        // Progress must increase with every notification of one request, across reasons.
        var progress = Interlocked.Increment(ref sent);
        await server.NotifyProgressAsync(
            progressToken,
            new ProgressNotificationValue { Progress = progress, Message = Describe(notice) },
            cancellationToken: cancellationToken);
    }

    internal static string Describe(OktaRetryNotice notice)
    {
        var wait = notice.Delay.TotalSeconds.ToString("0.#", CultureInfo.InvariantCulture);
        var retry = string.Create(CultureInfo.InvariantCulture, $"retry {notice.Retry} of {notice.MaxRetries}");
        return notice.Reason switch
        {
            OktaRetryReason.RateLimited when notice.RateLimitResetsAt is { } reset => string.Create(CultureInfo.InvariantCulture,
                $"Okta's rate limit is spent until {reset.UtcDateTime:yyyy-MM-dd'T'HH:mm:ss'Z'}; waiting {wait} s, then {retry}."),
            OktaRetryReason.RateLimited => $"Okta's rate limit is spent; waiting {wait} s, then {retry}.",
            _ when notice.StatusCode is { } status => string.Create(CultureInfo.InvariantCulture,
                $"Okta answered HTTP {status}; waiting {wait} s, then {retry}."),
            _ => $"Okta did not answer; waiting {wait} s, then {retry}.",
        };
    }
}
