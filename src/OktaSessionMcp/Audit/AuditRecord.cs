namespace OktaSessionMcp.Audit;

/// <summary>One audited call, as it is logged.</summary>
/// <param name="Transport">"mcp" or "rest".</param>
/// <param name="Operation">The tool's name, the REST operationId, or for a refusal the JSON-RPC method.</param>
/// <param name="Outcome">success, error, input_required, cancelled, refused, unauthenticated, forbidden or rate-limited.</param>
/// <param name="Caller">The token's subject, the static key's name, or "local".</param>
/// <param name="AuthMethod">oauth, key or none.</param>
/// <param name="Status">The HTTP status answered, for REST and for refusals.</param>
/// <param name="Session">The session id's fingerprint, never the id.</param>
internal readonly record struct AuditRecord(
    DateTimeOffset At,
    string Transport,
    string Operation,
    string Outcome,
    string Caller,
    string AuthMethod,
    int? Status,
    int? OktaStatus,
    string? OktaRequestId,
    double DurationMs,
    string? Session);
