namespace OktaSessionMcp.Policy;

/// <summary>
/// Quotes caller-supplied text (an argument name, an option value) in a message safely: short, printable ASCII only,
/// so that a huge, multi-line or control-character name cannot flood or forge a log line or a result.
/// </summary>
internal static class ArgumentText
{
    /// <summary>
    /// Argument names are cut shorter: a caller that put a session id or token where a name goes must not get it back
    /// whole (ids are 25 characters, tokens 45), while real names such as "reason" or "session_id" still show in full.
    /// </summary>
    public const int NameLength = 16;

    public static string Printable(string? text, int maxLength = 40)
    {
        if (text is null)
        {
            return string.Empty;
        }

        var shown = text.Length > maxLength ? text[..maxLength] : text;
        var safe = new string(shown.Select(c => c is >= ' ' and <= '~' ? c : '?').ToArray());
        return text.Length > maxLength ? safe + "…" : safe;
    }
}
