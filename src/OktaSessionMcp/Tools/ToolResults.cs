using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace OktaSessionMcp.Tools;

/// <summary>Shapes tool results: the value as structured content and the same JSON as text, or an error.</summary>
internal static class ToolResults
{
    public static CallToolResult Session(OktaSession session) => Structured(session, ToolJsonContext.Default.OktaSession);

    public static CallToolResult Structured<T>(T value, JsonTypeInfo<T> typeInfo)
    {
        var element = JsonSerializer.SerializeToElement(value, typeInfo);
        return new CallToolResult
        {
            StructuredContent = element,
            Content = [new TextContentBlock { Text = element.GetRawText() }],
        };
    }

    public static CallToolResult Error(string message) => new()
    {
        IsError = true,
        Content = [new TextContentBlock { Text = message }],
    };

    public static CallToolResult InvalidArgument(string message) =>
        Error($"Invalid argument: {message} No request was sent to Okta.");
}
