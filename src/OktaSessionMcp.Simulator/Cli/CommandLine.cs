using System.Globalization;
using System.Net;

namespace OktaSessionMcp.Simulator.Cli;

/// <summary>Parses the standalone simulator's arguments; <c>--name value</c> and <c>--name=value</c> both work.</summary>
internal static class CommandLine
{
    /// <summary>The standalone port: next to the MCP server's 9090, and fixed so scripts can find it.</summary>
    public const int DefaultPort = 9091;

    public static string HelpText { get; } = $"""
        Okta org simulator: the Okta Sessions and Authentication APIs on a local port, with fault injection.

        Usage: dotnet run --project src/OktaSessionMcp.Simulator -- [options]

        Options:
          --port N                        Port to listen on; 0 picks a free one (default {DefaultPort})
          --bind ADDRESS                  IP address to listen on, or localhost (default 127.0.0.1)
          --api-key KEY                   Key for 'Authorization: SSWS KEY' (default sim-api-key-not-secret)
          --read-only-api-key KEY         A second key that may GET but gets 403 on writes (default: none)
          --session-lifetime-minutes M    Session lifetime after create or refresh (default 120)
          --session-token-lifetime-minutes M
                                          How long a session token stays redeemable (default 5)
          --rate-limit-per-minute N       Limit for /api/v1/sessions*, 0 = unlimited (default 600)
          --oauth-client-id ID            Client id of an OAuth API Services app; with --oauth-client-key
                                          enables /oauth2/v1/token (private_key_jwt, DPoP) (default: none)
          --oauth-client-key FILE         That app's public key: PEM, JWK or JWKS
          --oauth-allow-bearer            Issue Bearer tokens to requests without a DPoP proof (default: DPoP required)
          --oauth-granted-scopes "S S"    Scopes granted to the app (default okta.sessions.read okta.sessions.manage)
          -h, --help                      Show this help

        Stop it with SIGTERM or Ctrl+C. Controls: see src/OktaSessionMcp.Simulator/README.md.
        """;

    private static readonly HashSet<string> KnownOptions =
    [
        "--port", "--bind", "--api-key", "--read-only-api-key",
        "--session-lifetime-minutes", "--session-token-lifetime-minutes", "--rate-limit-per-minute",
        "--oauth-client-id", "--oauth-client-key", "--oauth-allow-bearer", "--oauth-granted-scopes",
    ];

    public static CommandLineResult Parse(IReadOnlyList<string> args)
    {
        var options = new SimulatorOptions { Port = DefaultPort };
        for (var i = 0; i < args.Count; i++)
        {
            var (name, inlineValue) = Split(args[i]);
            if (name is "-h" or "--help")
            {
                return new(null, ShowHelp: true, Error: null);
            }

            if (!KnownOptions.Contains(name))
            {
                return Fail($"Unknown option '{name}'.");
            }

            if (name == "--oauth-allow-bearer" && inlineValue is null)
            {
                // A flag: it takes no value.
                options.OAuthAllowBearer = true;
                continue;
            }

            var value = inlineValue ?? (i + 1 < args.Count ? args[++i] : null);
            if (value is null)
            {
                return Fail($"Option {name} needs a value.");
            }

            var error = Apply(options, name, value);
            if (error is not null)
            {
                return Fail(error);
            }
        }

        return options.ReadOnlyApiKey == options.ApiKey
            ? Fail("Option --read-only-api-key needs a key different from --api-key.")
            : new(options, ShowHelp: false, Error: null);
    }

    private static string? Apply(SimulatorOptions options, string name, string value)
    {
        switch (name)
        {
            case "--port" when TryInt(value, 0, 65535, out var port):
                options.Port = port;
                return null;
            case "--bind" when value.Equals("localhost", StringComparison.OrdinalIgnoreCase) || IPAddress.TryParse(value, out _):
                options.BindAddress = value;
                return null;
            case "--bind":
                return $"Option --bind needs an IP address or localhost, not '{value}'.";
            case "--api-key" or "--read-only-api-key" when string.IsNullOrWhiteSpace(value):
                return $"Option {name} needs a key, not an empty value.";
            case "--api-key":
                options.ApiKey = value;
                return null;
            case "--read-only-api-key":
                options.ReadOnlyApiKey = value;
                return null;
            case "--session-lifetime-minutes" when TryInt(value, 1, int.MaxValue, out var minutes):
                options.SessionLifetime = TimeSpan.FromMinutes(minutes);
                return null;
            case "--session-token-lifetime-minutes" when TryInt(value, 1, int.MaxValue, out var minutes):
                options.SessionTokenLifetime = TimeSpan.FromMinutes(minutes);
                return null;
            case "--oauth-client-id":
                options.OAuthClientId = value;
                return null;
            case "--oauth-client-key":
                return ReadKey(options, value);
            case "--oauth-allow-bearer" when bool.TryParse(value, out var allow):
                options.OAuthAllowBearer = allow;
                return null;
            case "--oauth-granted-scopes":
                options.OAuthGrantedScopes = value;
                return null;
            case "--rate-limit-per-minute" when TryInt(value, 0, int.MaxValue, out var limit):
                options.RateLimitPerMinute = limit;
                return null;
            default:
                return $"Option {name} needs a whole number in range, not '{value}'.";
        }
    }

    private static string? ReadKey(SimulatorOptions options, string path)
    {
        try
        {
            options.OAuthClientKey = File.ReadAllText(path);
            return null;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return $"Option --oauth-client-key: the file cannot be read ({exception.GetType().Name}).";
        }
    }

    private static (string Name, string? Value) Split(string arg)
    {
        var equals = arg.IndexOf('=', StringComparison.Ordinal);
        return arg.StartsWith("--", StringComparison.Ordinal) && equals > 0 ? (arg[..equals], arg[(equals + 1)..]) : (arg, null);
    }

    private static bool TryInt(string value, int min, int max, out int result) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out result) && result >= min && result <= max;

    private static CommandLineResult Fail(string error) => new(null, ShowHelp: false, error);
}
