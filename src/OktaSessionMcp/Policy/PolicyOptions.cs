namespace OktaSessionMcp.Policy;

/// <summary>
/// What callers may do: which tools exist and when a destructive call must be confirmed by a person. Bound from the
/// "Server" section with the other server settings, so that every option has one prefix (--read-only, Server__ReadOnly).
/// </summary>
public sealed class PolicyOptions
{
    public const string Section = "Server";

    /// <summary>Serve only read-only tools, and refuse the REST adapter's writes.</summary>
    public bool ReadOnly { get; set; }

    /// <summary>Comma-separated tool names; when set, only these tools exist. Null: every tool.</summary>
    public string? Tools { get; set; }

    /// <summary>When closing a session must be confirmed by the person: always, never or auto (when the client can ask).</summary>
    public string ConfirmDestructive { get; set; } = "auto";

    /// <summary>
    /// Base64 of at least 32 random bytes that signs the confirmation state of 2026-07-28 calls. Set the same key on every
    /// instance behind a load balancer; unset, each process makes its own and its confirmations die with it.
    /// </summary>
    public string? ConfirmationKey { get; set; }

    /// <summary>Minutes a person has to answer a 2026-07-28 confirmation before it expires.</summary>
    public int ConfirmationMinutes { get; set; } = 5;

    internal IReadOnlyList<string>? AllowedTools =>
        Tools is null ? null : Tools.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    internal ConfirmationMode Confirmation =>
        ConfirmationModes.TryParse(ConfirmDestructive, out var mode) ? mode : ConfirmationMode.Always;
}
