namespace OktaSessionMcp.Simulator.Json;

/// <summary>Okta's error body (schema <c>Error</c>); errorLink repeats errorCode, as Okta's does.</summary>
internal sealed record ErrorBody(string ErrorCode, string ErrorSummary, string ErrorLink, string ErrorId, IReadOnlyList<ErrorCause> ErrorCauses);

/// <summary>One entry of <c>errorCauses</c> (schema <c>ErrorCause</c>).</summary>
internal sealed record ErrorCause(string ErrorSummary);
