using System.Text.Json;
using ModelContextProtocol;

namespace OktaSessionMcp.Tools;

/// <summary>What every <c>WithTools</c> call passes to the SDK: its own options, with our tools' types resolved first.</summary>
internal static class ToolSerializerOptions
{
    public static JsonSerializerOptions Instance { get; } = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(McpJsonUtilities.DefaultOptions);
        options.TypeInfoResolverChain.Insert(0, ToolSchemaJsonContext.Default);
        options.MakeReadOnly();
        return options;
    }
}
