using System.Text.Json;

namespace OktaSessionMcp.StreamableHttp.Endpoint;

/// <summary>Recognises, in one SSE event as the transport writes it, a JSON-RPC response or error: an answer.</summary>
internal static class SseAnswer
{
    private static ReadOnlySpan<byte> DataField => "data:"u8;

    /// <summary>
    /// True when the event's one data line is a JSON object with an id and a result or error and no method. Anything
    /// else (a notification, a request, several data lines, text that is not JSON) is false: it is then streamed.
    /// </summary>
    public static bool IsAnswer(ReadOnlySpan<byte> sseEvent)
    {
        var data = ReadOnlySpan<byte>.Empty;
        foreach (var range in sseEvent.Split((byte)'\n'))
        {
            var line = sseEvent[range];
            if (!line.StartsWith(DataField))
            {
                continue;
            }

            if (!data.IsEmpty)
            {
                return false;
            }

            data = line[DataField.Length..].TrimStart((byte)' ');
        }

        return !data.IsEmpty && IsResponseObject(data);
    }

    private static bool IsResponseObject(ReadOnlySpan<byte> json)
    {
        bool hasId = false, hasOutcome = false;
        try
        {
            var reader = new Utf8JsonReader(json);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return false;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals("method"u8))
                {
                    return false;
                }

                hasId |= reader.ValueTextEquals("id"u8);
                hasOutcome |= reader.ValueTextEquals("result"u8) || reader.ValueTextEquals("error"u8);
                reader.Read();
                reader.Skip();
            }
        }
        catch (JsonException)
        {
            return false;
        }

        return hasId && hasOutcome;
    }
}
