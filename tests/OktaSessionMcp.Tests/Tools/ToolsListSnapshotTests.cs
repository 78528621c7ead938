using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using ModelContextProtocol.Protocol;
using OktaSessionMcp.Tests.Infrastructure;

namespace OktaSessionMcp.Tests.Tools;

/// <summary>
/// The public contract of the server is its tools/list answer. It is pinned in Snapshots/tools-list.json; any change
/// fails here until the snapshot is regenerated on purpose (UPDATE_SNAPSHOTS=1 dotnet test) and reviewed as a diff.
/// </summary>
public sealed class ToolsListSnapshotTests
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    [Fact]
    public async Task ToolsList_OverHttp_MatchesSnapshot()
    {
        await using var server = await RunningServer.StartAsync();
        await using var client = await server.ConnectAsync();

        var tools = await client.ListToolsAsync();

        var actual = Render(tools.Select(t => t.ProtocolTool));
        var path = SnapshotPath();
        if (Environment.GetEnvironmentVariable("UPDATE_SNAPSHOTS") == "1")
        {
            await File.WriteAllTextAsync(path, actual);
        }

        Assert.True(File.Exists(path), $"No snapshot at {path}; run UPDATE_SNAPSHOTS=1 dotnet test to create it, then review it.");
        Assert.Equal(await File.ReadAllTextAsync(path), actual);
    }

    [Fact]
    public async Task ToolsList_EveryTool_StatesAllFourHintsAndATitle()
    {
        await using var server = await RunningServer.StartAsync();
        await using var client = await server.ConnectAsync();

        foreach (var tool in (await client.ListToolsAsync()).Select(t => t.ProtocolTool))
        {
            Assert.False(string.IsNullOrWhiteSpace(tool.Title), tool.Name);
            Assert.NotNull(tool.Annotations?.ReadOnlyHint);
            Assert.NotNull(tool.Annotations?.DestructiveHint);
            Assert.NotNull(tool.Annotations?.IdempotentHint);
            Assert.Equal(false, tool.Annotations?.OpenWorldHint);
        }
    }

    private static string Render(IEnumerable<Tool> tools)
    {
        var array = new JsonArray();
        foreach (var tool in tools.OrderBy(t => t.Name, StringComparer.Ordinal))
        {
            array.Add(JsonSerializer.SerializeToNode(tool, ModelContextProtocol.McpJsonUtilities.DefaultOptions));
        }

        return array.ToJsonString(Indented).ReplaceLineEndings("\n") + "\n";
    }

    private static string SnapshotPath([CallerFilePath] string thisFile = "") =>
        Path.Combine(Path.GetDirectoryName(thisFile)!, "..", "Snapshots", "tools-list.json");
}
