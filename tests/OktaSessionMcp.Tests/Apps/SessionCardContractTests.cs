using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ModelContextProtocol.Protocol;
using OktaSessionMcp.Tests.BadInput;
using OktaSessionMcp.Tests.Infrastructure;
using OktaSessionMcp.Tools;

namespace OktaSessionMcp.Tests.Apps;

/// <summary>
/// The session card (an MCP App, SEP-1865 2026-01-26) as a client sees it over HTTP: which tools name it and for whom,
/// the ui:// resource itself, the extension in the server's capabilities, and the structured content the card reads.
/// </summary>
public sealed partial class SessionCardContractTests
{
    private static readonly string[] CardTools = [GetSessionTool.Name, RefreshSessionTool.Name];

    [Fact]
    public async Task ToolsList_July2026ClientDeclaresApps_SessionToolsNameTheCardInAnObject()
    {
        await using var server = await RunningServer.StartAsync();
        using var raw = new RawMcp(server.McpUrl);

        var listed = await raw.PostAsync(AppsClients.Request("tools/list", [], apps: true), "tools/list");

        var tools = ToolsOf(listed);
        foreach (var (name, tool) in tools)
        {
            if (CardTools.Contains(name))
            {
                // An object, not the string the SDK's positional [McpMeta("ui", "...")] would give.
                var ui = Assert.IsType<JsonObject>(tool["_meta"]?["ui"]);
                Assert.Equal(AppsClients.CardUri, ui["resourceUri"]?.GetValue<string>());
            }
            else
            {
                Assert.Null(tool["_meta"]);
            }
        }

        Assert.Equal("private", listed.Result?["cacheScope"]?.GetValue<string>()); // the SDK's default on 2026-07-28
        Assert.Equal(CardTools.Order(StringComparer.Ordinal), tools.Where(t => t.Value["_meta"] is not null).Select(t => t.Key).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task ToolsList_ClientWithoutApps_IsTheListWithAppsLessItsUiMeta(bool otherMimeTypeOnly)
    {
        await using var server = await RunningServer.StartAsync();
        using var raw = new RawMcp(server.McpUrl);
        var withoutBody = otherMimeTypeOnly
            ? AppsClients.Request("tools/list", [], apps: false).Replace("\"capabilities\":{}", $"\"capabilities\":{{\"extensions\":{{\"{AppsClients.ExtensionId}\":{{\"mimeTypes\":[\"text/html\"]}}}}}}", StringComparison.Ordinal)
            : AppsClients.Request("tools/list", [], apps: false);

        var with = ToolsOf(await raw.PostAsync(AppsClients.Request("tools/list", [], apps: true), "tools/list"));
        var withoutAnswer = await raw.PostAsync(withoutBody, "tools/list");
        var without = ToolsOf(withoutAnswer);

        Assert.All(without.Values, tool => Assert.Null(tool["_meta"]));
        foreach (var (name, tool) in with)
        {
            tool.Remove("_meta");
            Assert.True(JsonNode.DeepEquals(without[name], tool), name);
        }

        Assert.Equal(without.Keys.Order(StringComparer.Ordinal), with.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task ToolsList_StatefulClientDeclaresAppsAtInitialize_SessionToolsNameTheCard()
    {
        await using var server = await RunningServer.StartAsync(new Dictionary<string, string?> { ["Server:Stateful"] = "true" });
        await using var apps = await AppsClients.ConnectAsync(server, AppsClients.Settings());
        await using var plain = await AppsClients.ConnectAsync(server, settings: null);

        var appsTools = (await apps.ListToolsAsync()).ToDictionary(t => t.Name, t => t.ProtocolTool);
        var plainTools = await plain.ListToolsAsync();

        Assert.All(CardTools, name => Assert.Equal(AppsClients.CardUri, Assert.IsType<JsonObject>(appsTools[name].Meta?["ui"])["resourceUri"]?.GetValue<string>()));
        Assert.All(plainTools, tool => Assert.Null(tool.ProtocolTool.Meta));
    }

    [Fact]
    public async Task Initialize_AdvertisesTheExtensionInServerCapabilities()
    {
        await using var server = await RunningServer.StartAsync(new Dictionary<string, string?> { ["Server:Stateful"] = "true" });
        await using var client = await AppsClients.ConnectAsync(server, settings: null);

        var extensions = client.ServerCapabilities.Extensions;

        Assert.NotNull(extensions);
        Assert.True(extensions.ContainsKey(AppsClients.ExtensionId), string.Join(", ", extensions.Keys));
        Assert.Equal(JsonValueKind.Object, JsonSerializer.SerializeToElement(extensions[AppsClients.ExtensionId]).ValueKind);
        Assert.NotNull(client.ServerCapabilities.Resources);
    }

    [Fact]
    public async Task ResourcesReadAndList_TheCard_IsSmallSelfContainedHtmlOfTheAppsMimeType()
    {
        await using var server = await RunningServer.StartAsync();
        using var raw = new RawMcp(server.McpUrl);

        var read = await raw.PostAsync(AppsClients.Request("resources/read", new() { ["uri"] = AppsClients.CardUri }, apps: false), "resources/read", AppsClients.CardUri);
        var list = await raw.PostAsync(AppsClients.Request("resources/list", [], apps: false), "resources/list");

        Assert.Equal(HttpStatusCode.OK, read.Status);
        var content = Assert.IsType<JsonObject>(Assert.Single(Assert.IsType<JsonArray>(read.Result?["contents"])));
        Assert.Equal(AppsClients.CardUri, content["uri"]?.GetValue<string>());
        Assert.Equal(AppsClients.MimeType, content["mimeType"]?.GetValue<string>());
        Assert.Null(content["_meta"]?["ui"]?["csp"]); // no csp: the host's default, which allows no connections
        var html = content["text"]!.GetValue<string>();
        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.InRange(Encoding.UTF8.GetByteCount(html), 1_000, 30 * 1024 - 1);
        Assert.Empty(ExternalReferences().Matches(html).Select(m => m.Value));
        var listed = Assert.IsType<JsonObject>(Assert.Single(Assert.IsType<JsonArray>(list.Result?["resources"]), r => r?["uri"]?.GetValue<string>() == AppsClients.CardUri));
        Assert.Equal(AppsClients.MimeType, listed["mimeType"]?.GetValue<string>());
    }

    [Fact]
    public async Task GetSession_StructuredContent_HasEveryFieldTheCardShows()
    {
        await using var server = await RunningServer.StartAsync();
        using var raw = new RawMcp(server.McpUrl);
        var sessionId = await Policy.PolicyHarness.NewSessionAsync(server);
        var html = (await raw.PostAsync(AppsClients.Request("resources/read", new() { ["uri"] = AppsClients.CardUri }, apps: true), "resources/read", AppsClients.CardUri))
            .Result!["contents"]![0]!["text"]!.GetValue<string>();

        var got = await raw.PostAsync(AppsClients.Request("tools/call", new() { ["name"] = GetSessionTool.Name, ["arguments"] = new JsonObject { ["sessionId"] = sessionId } }, apps: true), "tools/call", GetSessionTool.Name);

        var session = Assert.IsType<JsonObject>(got.Result?["structuredContent"]);
        string[] shown = ["id", "login", "status", "createdAt", "expiresAt", "lastPasswordVerification", "amr", "idp", "userId"];
        Assert.All(shown, field => Assert.True(session.ContainsKey(field), field));
        Assert.All([.. shown, "lastFactorVerification"], field => Assert.Contains($"s.{field}", html, StringComparison.Ordinal));
        Assert.Equal("ACTIVE", session["status"]?.GetValue<string>());
        Assert.False(string.IsNullOrEmpty(session["_links"]?["user"]?["name"]?.GetValue<string>()));
        Assert.Contains("s._links?.user?.name", html, StringComparison.Ordinal);
        Assert.True(JsonNode.DeepEquals(session, JsonNode.Parse(got.Text)), "content text and structuredContent differ");
    }

    private static Dictionary<string, JsonObject> ToolsOf(RawAnswer answer) =>
        Assert.IsType<JsonArray>(answer.Result?["tools"]).OfType<JsonObject>()
            .ToDictionary(tool => tool["name"]!.GetValue<string>(), tool => tool, StringComparer.Ordinal);

    // Anything that would make the card load or send something from elsewhere: attributes that load, CSS that loads,
    // the request APIs, absolute URLs, and the elements that embed other documents.
    [GeneratedRegex(@"\b(src|href|action|srcset|poster|data)\s*=|url\s*\(|@import|\bfetch\s*\(|XMLHttpRequest|WebSocket|EventSource|sendBeacon|\bimport\s*\(|\bhttps?:|//[a-z0-9.-]+\.[a-z]{2,}/|<(link|base|iframe|img|object|embed|form|audio|video|source)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ExternalReferences();
}
