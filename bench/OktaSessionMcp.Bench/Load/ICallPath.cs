namespace OktaSessionMcp.Bench.Load;

/// <summary>One way of getting a session's details: through MCP, through REST, or straight from the simulator.</summary>
internal interface ICallPath
{
    string Name { get; }

    /// <returns>Whether the call succeeded (the answer carries the session, not an error).</returns>
    Task<bool> CallAsync(HttpClient http, CancellationToken cancellationToken);

    /// <summary>One call's whole answer, for <see cref="AnswerCheck"/>.</summary>
    Task<string> FetchAsync(HttpClient http, CancellationToken cancellationToken);
}
