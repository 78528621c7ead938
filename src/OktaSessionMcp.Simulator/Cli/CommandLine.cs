using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.CommandLine.Parsing;
using System.Globalization;
using System.Net;

namespace OktaSessionMcp.Simulator.Cli;

/// <summary>
/// The standalone simulator's command line on System.CommandLine: it tokenizes (<c>--name value</c>, <c>--name=value</c>),
/// refuses unknown options and missing values, and writes --help from these options' descriptions and defaults. Each
/// option's parser says in one line what is wrong with a value.
/// </summary>
internal static class CommandLine
{
    /// <summary>The standalone port: next to the MCP server's 9090, and fixed so scripts can find it.</summary>
    public const int DefaultPort = 9091;

    private static readonly SimulatorOptions Defaults = new();

    private static readonly Option<int> Port = WholeNumber("--port", "N", 0, 65535, DefaultPort, "Port to listen on; 0 picks a free one");
    private static readonly Option<string> Bind = Text("--bind", "ADDRESS", "IP address to listen on, or localhost", Defaults.BindAddress, IsAddress, "an IP address or localhost");
    private static readonly Option<string> ApiKey = Text("--api-key", "KEY", "Key for 'Authorization: SSWS KEY'", Defaults.ApiKey, IsKey, "a key");
    private static readonly Option<string> ReadOnlyApiKey = Text("--read-only-api-key", "KEY", "A second key that may GET but gets 403 on writes (default: none)", null, IsKey, "a key");
    private static readonly Option<int> SessionLifetime = WholeNumber("--session-lifetime-minutes", "M", 1, int.MaxValue, (int)Defaults.SessionLifetime.TotalMinutes, "Session lifetime after create or refresh");
    private static readonly Option<int> SessionTokenLifetime = WholeNumber("--session-token-lifetime-minutes", "M", 1, int.MaxValue, (int)Defaults.SessionTokenLifetime.TotalMinutes, "How long a session token stays redeemable");
    private static readonly Option<int> RateLimit = WholeNumber("--rate-limit-per-minute", "N", 0, int.MaxValue, Defaults.RateLimitPerMinute, "Limit for /api/v1/sessions*, 0 = unlimited");
    private static readonly Option<string> OAuthClientId = Text("--oauth-client-id", "ID", "Client id of an OAuth API Services app; with --oauth-client-key enables /oauth2/v1/token (private_key_jwt, DPoP) (default: none)", null, _ => true, "an id");
    private static readonly Option<string> OAuthClientKey = new("--oauth-client-key") { HelpName = "FILE", Description = "That app's public key: PEM, JWK or JWKS", CustomParser = ReadKey };
    private static readonly Option<bool> OAuthAllowBearer = new("--oauth-allow-bearer") { Description = "Issue Bearer tokens to requests without a DPoP proof (default: DPoP required)" };
    private static readonly Option<string> OAuthGrantedScopes = Text("--oauth-granted-scopes", "\"S S\"", "Scopes granted to the app", Defaults.OAuthGrantedScopes, _ => true, "scopes");

    private static readonly RootCommand Command = CreateCommand();

    /// <summary>Arguments are taken as typed: no @file response files, which the library would otherwise expand.</summary>
    private static readonly ParserConfiguration Configuration = new() { ResponseFileTokenReplacer = null };

    public static CommandLineResult Parse(IReadOnlyList<string> args)
    {
        var parsed = Command.Parse(args, Configuration);
        if (parsed.Errors.Count > 0)
        {
            return new(null, parsed, FirstError(parsed));
        }

        if (parsed.Action is not null)
        {
            // --help or --version, to be run by the caller.
            return new(null, parsed, Error: null);
        }

        var options = new SimulatorOptions
        {
            Port = parsed.GetValue(Port),
            BindAddress = parsed.GetRequiredValue(Bind),
            ApiKey = parsed.GetRequiredValue(ApiKey),
            ReadOnlyApiKey = parsed.GetValue(ReadOnlyApiKey),
            SessionLifetime = TimeSpan.FromMinutes(parsed.GetValue(SessionLifetime)),
            SessionTokenLifetime = TimeSpan.FromMinutes(parsed.GetValue(SessionTokenLifetime)),
            RateLimitPerMinute = parsed.GetValue(RateLimit),
            OAuthClientId = parsed.GetValue(OAuthClientId),
            OAuthClientKey = parsed.GetValue(OAuthClientKey),
            OAuthAllowBearer = parsed.GetValue(OAuthAllowBearer),
            OAuthGrantedScopes = parsed.GetRequiredValue(OAuthGrantedScopes),
        };
        return options.ReadOnlyApiKey == options.ApiKey
            ? new(null, parsed, "Option --read-only-api-key needs a key different from --api-key.")
            : new(options, parsed, Error: null);
    }

    /// <summary>
    /// An option's own error first: after <c>--api-key --port 0</c> the stray '0' is only a consequence of the missing key.
    /// </summary>
    private static string FirstError(ParseResult parsed) =>
        parsed.Errors.OrderBy(error => error.SymbolResult is CommandResult ? 1 : 0).First().Message;

    private static RootCommand CreateCommand()
    {
        var command = new RootCommand("Okta org simulator: the Okta Sessions and Authentication APIs on a local port, with fault injection.")
        {
            Port, Bind, ApiKey, ReadOnlyApiKey, SessionLifetime, SessionTokenLifetime, RateLimit,
            OAuthClientId, OAuthClientKey, OAuthAllowBearer, OAuthGrantedScopes,
        };
        foreach (var option in command.Options)
        {
            option.Validators.Add(NotAnotherOption);
        }

        var help = command.Options.OfType<HelpOption>().Single();
        help.Action = new FooterAfterHelp((HelpAction)help.Action!);
        return command;
    }

    /// <summary>
    /// The library gives an option that needs a value the next argument even when that is another option
    /// (<c>--api-key --port 0</c>); a forgotten value would then swallow the next option silently, so it is refused.
    /// </summary>
    private static void NotAnotherOption(OptionResult result)
    {
        if (result.Tokens.Count > 0 && Command.Options.Any(option => option.Name == result.Tokens[^1].Value))
        {
            result.AddError($"Option {result.Option.Name} needs a value.");
        }
    }

    private static Option<int> WholeNumber(string name, string helpName, int min, int max, int defaultValue, string description) =>
        new(name)
        {
            HelpName = helpName,
            Description = description,
            DefaultValueFactory = _ => defaultValue,
            CustomParser = result =>
            {
                var value = result.Tokens[^1].Value;
                if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= min && number <= max)
                {
                    return number;
                }

                result.AddError($"Option {name} needs a whole number in range, not '{value}'.");
                return default;
            },
        };

    private static Option<string> Text(string name, string helpName, string description, string? defaultValue, Func<string, bool> isValid, string what)
    {
        var option = new Option<string>(name)
        {
            HelpName = helpName,
            Description = description,
            CustomParser = result =>
            {
                var value = result.Tokens[^1].Value;
                if (isValid(value))
                {
                    return value;
                }

                result.AddError(string.IsNullOrWhiteSpace(value)
                    ? $"Option {name} needs {what}, not an empty value."
                    : $"Option {name} needs {what}, not '{value}'.");
                return null;
            },
        };
        if (defaultValue is not null)
        {
            option.DefaultValueFactory = _ => defaultValue;
        }

        return option;
    }

    private static bool IsAddress(string value) =>
        value.Equals("localhost", StringComparison.OrdinalIgnoreCase) || IPAddress.TryParse(value, out _);

    private static bool IsKey(string value) => !string.IsNullOrWhiteSpace(value);

    private static string? ReadKey(ArgumentResult result)
    {
        try
        {
            return File.ReadAllText(result.Tokens[^1].Value);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException)
        {
            result.AddError($"Option --oauth-client-key: the file cannot be read ({exception.GetType().Name}).");
            return null;
        }
    }

    /// <summary>The library's help, then how to run it from the repository, how to stop it and where its controls are described.</summary>
    private sealed class FooterAfterHelp(HelpAction help) : SynchronousCommandLineAction
    {
        public override bool ClearsParseErrors => true;

        public override int Invoke(ParseResult parseResult)
        {
            help.Invoke(parseResult);
            var output = parseResult.InvocationConfiguration.Output;
            output.WriteLine("From the repository: dotnet run --project src/OktaSessionMcp.Simulator -- [options]");
            output.WriteLine("Stop it with SIGTERM or Ctrl+C. Controls: see src/OktaSessionMcp.Simulator/README.md.");
            return 0;
        }
    }
}
