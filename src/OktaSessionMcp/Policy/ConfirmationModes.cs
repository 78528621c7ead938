namespace OktaSessionMcp.Policy;

/// <summary>Reads --confirm-destructive by its documented words only (not by number, as Enum.TryParse would).</summary>
internal static class ConfirmationModes
{
    public static bool TryParse(string? value, out ConfirmationMode mode)
    {
        (var known, mode) = value?.Trim().ToUpperInvariant() switch
        {
            "AUTO" => (true, ConfirmationMode.Auto),
            "ALWAYS" => (true, ConfirmationMode.Always),
            "NEVER" => (true, ConfirmationMode.Never),
            _ => (false, ConfirmationMode.Always),
        };
        return known;
    }
}
