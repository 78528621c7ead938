namespace OktaSessionMcp.Policy;

/// <summary>Refuses to start with a policy that cannot mean what the operator wrote, naming the setting to fix.</summary>
internal sealed class PolicyOptionsValidator(IEnumerable<McpServerTool> tools) : IValidateOptions<PolicyOptions>
{
    private const int MinimumKeyBytes = 32;

    public ValidateOptionsResult Validate(string? name, PolicyOptions options)
    {
        var failures = new List<string>();
        var known = tools.Select(tool => tool.ProtocolTool).ToDictionary(tool => tool.Name, StringComparer.Ordinal);
        if (options.AllowedTools is { } allowed)
        {
            CheckAllowList(allowed, known, options.ReadOnly, failures);
        }

        if (!ConfirmationModes.TryParse(options.ConfirmDestructive, out _))
        {
            failures.Add($"--confirm-destructive must be always, never or auto; it is '{ArgumentText.Printable(options.ConfirmDestructive)}'.");
        }

        if (options.ConfirmationKey is { } key && !IsStrongKey(key))
        {
            failures.Add($"Server:ConfirmationKey must be Base64 of at least {MinimumKeyBytes} random bytes " +
                "(e.g. the output of 'openssl rand -base64 32'), the same on every instance; or leave it unset for a key per process.");
        }

        if (options.ConfirmationMinutes is < 1 or > 60)
        {
            failures.Add($"Server:ConfirmationMinutes must be 1 to 60; it is {options.ConfirmationMinutes}.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void CheckAllowList(
        IReadOnlyList<string> allowed, Dictionary<string, ModelContextProtocol.Protocol.Tool> known, bool readOnly, List<string> failures)
    {
        var names = string.Join(", ", known.Keys.Order(StringComparer.Ordinal));
        var unknown = allowed.Where(tool => !known.ContainsKey(tool)).ToList();
        if (allowed.Count == 0)
        {
            failures.Add($"--tools names no tool. Name one or more of: {names}; or leave --tools out for all of them.");
        }
        else if (unknown.Count > 0)
        {
            failures.Add($"--tools names {Quote(unknown)}, which this server does not have. Its tools are: {names}.");
        }

        var writes = allowed.Where(tool => known.TryGetValue(tool, out var found) && !ToolSelection.IsReadOnly(found)).ToList();
        if (readOnly && writes.Count > 0)
        {
            failures.Add($"--tools names {Quote(writes)}, which change Okta sessions, but --read-only allows only read-only tools. " +
                "Drop them from --tools, or drop --read-only.");
        }
    }

    private static string Quote(IEnumerable<string> names) => string.Join(", ", names.Select(n => $"'{ArgumentText.Printable(n)}'"));

    private static bool IsStrongKey(string key)
    {
        var bytes = new byte[(key.Length * 3 / 4) + 3];
        return Convert.TryFromBase64String(key.Trim(), bytes, out var written) && written >= MinimumKeyBytes;
    }
}
