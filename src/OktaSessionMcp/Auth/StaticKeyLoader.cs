using System.Globalization;

namespace OktaSessionMcp.Auth;

/// <summary>
/// Reads static keys from --auth-keys-file (<c>name:sha256hex[:scope scope]</c> lines) and from MCP_AUTH_KEYS (raw keys,
/// comma-separated, each <c>key</c> or <c>name:key</c>). Raw keys are hashed at once. Error messages name the file and
/// line, never the line's content: a raw key pasted by mistake must not end up in a log.
/// </summary>
/// <remarks>
/// Not an options validator: the keys are read while the host is built, because whether there are any decides which
/// authentication services and middleware it gets, so a problem with them can only be thrown then.
/// </remarks>
internal static class StaticKeyLoader
{
    public const int MinimumRawKeyLength = 16;

    public static StaticKeyStore Load(string? keysFile, string? rawKeys)
    {
        var keys = new List<StaticKey>();
        if (!string.IsNullOrWhiteSpace(keysFile))
        {
            keys.AddRange(ReadFile(keysFile));
        }

        keys.AddRange(ReadRaw(rawKeys));
        var duplicate = keys.GroupBy(k => k.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new StartupException($"Static key name '{duplicate.Key}' is used twice: each key needs its own name, for the audit trail.");
        }

        return new StaticKeyStore(keys);
    }

    private static IEnumerable<StaticKey> ReadFile(string path)
    {
        string[] lines;
        try
        {
            lines = File.ReadAllLines(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new StartupException($"--auth-keys-file '{path}' cannot be read ({ex.GetType().Name}). Check the path and its permissions.");
        }

        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var parts = line.Split(':', 3, StringSplitOptions.TrimEntries);
            if (parts.Length < 2 || !IsName(parts[0]) || parts[1].Length != 64 || !parts[1].All(char.IsAsciiHexDigit))
            {
                throw new StartupException(
                    string.Create(CultureInfo.InvariantCulture, $"--auth-keys-file '{path}', line {i + 1}: ") +
                    "expected name:sha256hex[:scopes], where name is letters, digits, '.', '_', '-' or '@' and sha256hex is " +
                    "the 64 hex digits of the key's SHA-256 (printf %s \"$KEY\" | sha256sum).");
            }

            var scopes = parts.Length == 3 ? parts[2].Split(' ', StringSplitOptions.RemoveEmptyEntries) : null;
            yield return new StaticKey(parts[0], Convert.FromHexString(parts[1]), scopes);
        }
    }

    private static IEnumerable<StaticKey> ReadRaw(string? rawKeys)
    {
        var entries = (rawKeys ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        for (var i = 0; i < entries.Length; i++)
        {
            var colon = entries[i].IndexOf(':', StringComparison.Ordinal);
            var (name, key) = colon > 0 && IsName(entries[i][..colon])
                ? (entries[i][..colon], entries[i][(colon + 1)..])
                : (string.Create(CultureInfo.InvariantCulture, $"env-{i + 1}"), entries[i]);
            if (key.Length < MinimumRawKeyLength)
            {
                throw new StartupException(
                    string.Create(CultureInfo.InvariantCulture, $"{AuthOptions.KeysEnvironmentVariable}: key {i + 1} ('{name}') is shorter than {MinimumRawKeyLength} characters. ") +
                    "Use a long random value, e.g. from openssl rand -hex 32.");
            }

            yield return new StaticKey(name, StaticKeyStore.Hash(key), Scopes: null);
        }
    }

    private static bool IsName(string name) =>
        name.Length is > 0 and <= 64 && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-' or '@');
}
