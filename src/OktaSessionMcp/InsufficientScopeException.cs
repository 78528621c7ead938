using ModelContextProtocol;

namespace OktaSessionMcp;

/// <summary>A tool call whose token lacks the tool's scope: a JSON-RPC error naming the scope, nothing else.</summary>
public sealed class InsufficientScopeException(string tool, string scope)
    : McpProtocolException($"Forbidden: the tool '{tool}' needs the scope '{scope}', which the token does not grant.", McpErrorCode.InvalidRequest);
