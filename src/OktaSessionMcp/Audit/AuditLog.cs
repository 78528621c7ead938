using System.Globalization;
using System.Security.Claims;

namespace OktaSessionMcp.Audit;

/// <summary>
/// Writes the audit trail: one structured Information record per tool call, REST call and auth or rate-limit refusal, on the category
/// <see cref="Category"/> (so it can be routed or filtered on its own). Nothing secret: callers by subject or key name,
/// sessions by fingerprint.
/// </summary>
internal sealed partial class AuditLog(ILoggerFactory loggerFactory, TimeProvider clock)
{
    public const string Category = "OktaSessionMcp.Audit";

    private readonly ILogger _logger = loggerFactory.CreateLogger(Category);

    public readonly record struct Timer(DateTimeOffset At, long Started);

    public Timer Start() => new(clock.GetUtcNow(), clock.GetTimestamp());

    public void Write(Timer timer, string transport, string operation, string outcome, ClaimsPrincipal? user, int? status, OktaCallRecord? okta, string? session)
    {
        var (caller, method) = AuditCaller.Describe(user);
        Write(new AuditRecord(timer.At, transport, operation, outcome, caller, method, status, okta?.Status, okta?.RequestId,
            Math.Round(clock.GetElapsedTime(timer.Started).TotalMilliseconds, 1), session));
    }

    public void Write(AuditRecord record)
    {
        var at = record.At.ToString("O", CultureInfo.InvariantCulture);
        LogRecord(_logger, record.Transport, record.Operation, record.Caller, record.AuthMethod, record.Outcome, record.Status,
            record.OktaStatus, record.OktaRequestId, record.DurationMs, record.Session, at);
    }

    [LoggerMessage(EventId = 7000, EventName = "Audit", Level = LogLevel.Information,
        Message = "Audit: {Transport} {Operation} by {Caller} ({AuthMethod}): {Outcome}; HTTP {Status}; Okta {OktaStatus} {OktaRequestId}; {DurationMs} ms; session {Session}; at {At}")]
    private static partial void LogRecord(ILogger logger, string transport, string operation, string caller, string authMethod,
        string outcome, int? status, int? oktaStatus, string? oktaRequestId, double durationMs, string? session, string at);
}
