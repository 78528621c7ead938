namespace OktaSessionMcp.Policy;

/// <summary>When a destructive tool call must first be confirmed by the person (--confirm-destructive).</summary>
internal enum ConfirmationMode
{
    /// <summary>
    /// Ask when the client can ask the person; otherwise proceed, except for a client that renders MCP Apps views
    /// (a click in a view is no confirmation), which is refused as under <see cref="Always"/>.
    /// </summary>
    Auto,

    /// <summary>Always ask; refuse the call when the client cannot ask (fail closed).</summary>
    Always,

    /// <summary>Never ask.</summary>
    Never,
}
