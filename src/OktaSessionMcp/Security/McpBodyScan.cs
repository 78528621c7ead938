using System.Text.Json;
using System.Text.Unicode;
using ModelContextProtocol;

namespace OktaSessionMcp.Security;

/// <summary>
/// One pass over a JSON-RPC body, before the SDK reads it, for what System.Text.Json lets through or turns into a 500:
/// a key that appears twice in one object (parsers disagree on which counts) and text that is not valid Unicode (a lone
/// UTF-16 surrogate escape). Hand-written on Utf8JsonReader: System.Text.Json can refuse duplicates
/// (AllowDuplicateProperties = false), but as a bare parse failure, and an escaped lone surrogate passes its parser;
/// where the problem is decides the answer: in a tool's arguments it is that argument's fault, anywhere else the message's.
/// </summary>
internal static class McpBodyScan
{
    public enum Problem
    {
        None,
        DuplicateKey,
        InvalidUnicode,

        /// <summary>Not well-formed JSON (in UTF-8, a byte order mark allowed), or nested deeper than 64 levels.</summary>
        Malformed,

        /// <summary>Well-formed, but not one JSON object: a batch, a string, a number.</summary>
        NotAnObject,
    }

    /// <param name="Problem">What is wrong, if anything.</param>
    /// <param name="Argument">The top-level tool argument it is in; null when it is outside the arguments.</param>
    /// <param name="Method">The message's method, when it is a string.</param>
    /// <param name="ToolName">params.name, when it is a string.</param>
    /// <param name="Id">The raw JSON of the id, when it is a number or a string.</param>
    /// <param name="UnprintableClientInfo">
    /// A clientInfo text (initialize's, or 2026-07-28's in _meta) longer than 256 characters or holding a control
    /// character: the SDK writes the client's name and version into its log lines.
    /// </param>
    /// <param name="UnprintableUri">
    /// params.uri (resources/read, resources/subscribe) longer than 2048 characters or holding a control character: the
    /// SDK writes an unknown resource's URI into its log lines, at error level and with a stack trace.
    /// </param>
    /// <param name="InitializeProblem">What is wrong with an initialize message, in words; null when nothing is.</param>
    public sealed record Result(
        Problem Problem, string? Argument, string? Method, string? ToolName, byte[]? Id, bool UnprintableClientInfo,
        bool UnprintableUri = false, string? InitializeProblem = null);

    private const int MaxClientInfoText = 256;
    private const int MaxUriText = 2048;

    /// <summary>
    /// A stateful session keeps its client's initialize parameters (capabilities included) for its whole life, and the
    /// fleet copies them into Redis: whatever their size. A real client's are well under 4 KiB.
    /// </summary>
    private const int MaxInitializeBytes = 64 * 1024;

    private enum Region
    {
        Envelope,
        Params,
        Meta,
        ClientInfo,
        Arguments,
        Other,
    }

    /// <summary>
    /// What is in the body. Anything this cannot read is <see cref="Problem.Malformed"/>, never passed on: the SDK's
    /// reader accepts the same grammar (a byte order mark, which it skips, included), so nothing it would act on can
    /// get past unscanned. Keys are compared ignoring case, as the SDK binds them.
    /// </summary>
    public static Result Scan(ReadOnlySpan<byte> body)
    {
        var reader = new Utf8JsonReader(body.StartsWith(Utf8ByteOrderMark) ? body[Utf8ByteOrderMark.Length..] : body);
        var scan = new Scanner();
        try
        {
            if (!reader.Read())
            {
                return Found(Problem.Malformed);
            }

            if (reader.TokenType != JsonTokenType.StartObject)
            {
                reader.Skip(); // a malformed batch is malformed first
                return Found(Problem.NotAnObject);
            }

            // It stops at the first problem; the rest of the body need not even be well-formed then.
            scan.Object(ref reader, Region.Envelope, argument: null);
            var initialize = scan.Problem == Problem.None && scan.Method == "initialize" ? InitializeProblemIn(body) : null;
            return new Result(
                scan.Problem, scan.Argument, scan.Method, scan.ToolName, scan.Id, scan.UnprintableClientInfo, scan.UnprintableUri, initialize);
        }
        catch (JsonException)
        {
            return Found(Problem.Malformed);
        }
    }

    private static ReadOnlySpan<byte> Utf8ByteOrderMark => [0xEF, 0xBB, 0xBF];

    /// <summary>
    /// The SDK reads initialize's params while it answers, and a params object it cannot read (clientInfo missing, a
    /// number for protocolVersion, ...) ends in an HTTP 500 with no body. Read here with the SDK's own contract for them,
    /// so that exactly what it would fail on is refused, in words. Absent or null params are the SDK's to take.
    /// </summary>
    private static string? InitializeProblemIn(ReadOnlySpan<byte> body)
    {
        if (body.Length > MaxInitializeBytes)
        {
            return "Invalid params: an initialize message is at most 64 KiB; declare capabilities, not data.";
        }

        var reader = new Utf8JsonReader(body.StartsWith(Utf8ByteOrderMark) ? body[Utf8ByteOrderMark.Length..] : body);
        using var message = JsonDocument.ParseValue(ref reader);
        var parameters = message.RootElement.EnumerateObject().FirstOrDefault(p => Is(p.Name, "params")).Value;
        if (parameters.ValueKind is JsonValueKind.Undefined or JsonValueKind.Null)
        {
            return null;
        }

        try
        {
            return parameters.Deserialize(McpJsonUtilities.DefaultOptions.GetTypeInfo(typeof(InitializeRequestParams))) is null
                ? UnreadableInitialize
                : null;
        }
        catch (JsonException)
        {
            return UnreadableInitialize;
        }
    }

    private const string UnreadableInitialize = "Invalid params: initialize takes protocolVersion (a string), capabilities " +
        "(an object of the capabilities the client has) and clientInfo (an object with a name and a version, both strings).";

    private static bool Is(string key, string name) => key.Equals(name, StringComparison.OrdinalIgnoreCase);

    private static Result Found(Problem problem) => new(problem, Argument: null, Method: null, ToolName: null, Id: null, UnprintableClientInfo: false);

    private sealed class Scanner
    {
        public Problem Problem { get; private set; }

        public string? Argument { get; private set; }

        public string? Method { get; private set; }

        public string? ToolName { get; private set; }

        public byte[]? Id { get; private set; }

        public bool UnprintableClientInfo { get; private set; }

        public bool UnprintableUri { get; private set; }

        /// <summary>Reads the object the reader is at the start of; false once a problem is found (no need to read on).</summary>
        public bool Object(ref Utf8JsonReader reader, Region region, string? argument)
        {
            var keys = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (Text(ref reader, argument) is not { } key)
                {
                    return false;
                }

                if (!keys.Add(key))
                {
                    return Found(Problem.DuplicateKey, region == Region.Arguments ? key : argument);
                }

                reader.Read();
                var next = region switch
                {
                    Region.Envelope when Is(key, "params") => Region.Params,
                    Region.Params when Is(key, "arguments") => Region.Arguments,
                    Region.Params when Is(key, "_meta") => Region.Meta,
                    Region.Params when Is(key, "clientInfo") => Region.ClientInfo,
                    Region.Meta when key.EndsWith("clientInfo", StringComparison.OrdinalIgnoreCase) => Region.ClientInfo,
                    _ => Region.Other,
                };
                if (region == Region.Envelope && Is(key, "id"))
                {
                    Id = RawId(ref reader);
                }

                if (!Value(ref reader, next, region == Region.Arguments ? key : argument, region, key))
                {
                    return false;
                }
            }

            return true;
        }

        private bool Value(ref Utf8JsonReader reader, Region region, string? argument, Region parent, string key)
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.StartObject:
                    return Object(ref reader, region, argument);
                case JsonTokenType.StartArray:
                    while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                    {
                        if (!Value(ref reader, Region.Other, argument, Region.Other, key))
                        {
                            return false;
                        }
                    }

                    return true;
                case JsonTokenType.String:
                    if (Text(ref reader, argument) is not { } text)
                    {
                        return false;
                    }

                    if (parent == Region.Envelope && Is(key, "method"))
                    {
                        Method = text;
                    }
                    else if (parent == Region.Params && Is(key, "name"))
                    {
                        ToolName = text;
                    }
                    else if (parent == Region.ClientInfo && (text.Length > MaxClientInfoText || text.Any(char.IsControl)))
                    {
                        UnprintableClientInfo = true;
                    }
                    else if (parent == Region.Params && Is(key, "uri") && (text.Length > MaxUriText || text.Any(char.IsControl)))
                    {
                        UnprintableUri = true;
                    }

                    return true;
                default:
                    return true;
            }
        }

        /// <summary>The id as it was sent (a string keeps its quotes and escapes), to echo it back; null if it is neither.</summary>
        private static byte[]? RawId(ref Utf8JsonReader reader) => reader.TokenType switch
        {
            JsonTokenType.Number => reader.ValueSpan.ToArray(),
            JsonTokenType.String => [(byte)'"', .. reader.ValueSpan, (byte)'"'],
            _ => null,
        };

        /// <summary>The token's text, or null (and the problem noted) when it is not valid Unicode.</summary>
        private string? Text(ref Utf8JsonReader reader, string? argument)
        {
            if (!reader.ValueIsEscaped && !Utf8.IsValid(reader.ValueSpan))
            {
                Found(Problem.InvalidUnicode, argument);
                return null;
            }

            try
            {
                return reader.GetString();
            }
            catch (InvalidOperationException)
            {
                // An escaped lone surrogate ("\ud800") is well-formed JSON but not Unicode text.
                Found(Problem.InvalidUnicode, argument);
                return null;
            }
        }

        private bool Found(Problem problem, string? argument)
        {
            Problem = problem;
            Argument = argument;
            return false;
        }
    }
}
