namespace OktaSessionMcp.Simulator.OAuth;

/// <summary>What <see cref="DPoPProofCheck"/> decided: the proof key's thumbprint, a refusal with its reason, or "send my nonce".</summary>
internal sealed record DPoPVerdict(string? Thumbprint, string? Refusal, bool NonceRequired)
{
    public static readonly DPoPVerdict NeedsNonce = new(null, null, true);

    public static DPoPVerdict Accepted(string thumbprint) => new(thumbprint, null, false);

    public static DPoPVerdict Invalid(string reason) => new(null, reason, false);
}
