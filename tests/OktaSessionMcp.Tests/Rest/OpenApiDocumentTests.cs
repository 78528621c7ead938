using System.Net;
using System.Text.Json.Nodes;
using OktaSessionMcp.Tests.Infrastructure;

namespace OktaSessionMcp.Tests.Rest;

/// <summary>The adapter's OpenAPI document: what it states, and the copy in workflows/ that the Arazzo workflow reads.</summary>
public sealed class OpenApiDocumentTests(SharedServer shared) : IClassFixture<SharedServer>, IDisposable
{
    /// <summary>The copy names the default REST port; the served document names the port it was fetched from.</summary>
    private const string DefaultServer = "http://127.0.0.1:8080";

    private readonly RunningServer _server = shared.Server;
    private readonly HttpClient _http = new();

    public void Dispose() => _http.Dispose();

    [Theory]
    [InlineData("/v1/api/v1/sessions", "post", "createSession", "200")]
    [InlineData("/v1/api/v1/sessions/{sessionid}", "get", "getSession", "200")]
    [InlineData("/v1/api/v1/sessions/{sessionid}", "delete", "revokeSession", "204")]
    [InlineData("/v1/api/v1/sessions/{sessionid}/lifecycle/refresh", "post", "refreshSession", "200")]
    public async Task Document_EachOperation_HasIdSummaryAndResponseSchemas(string path, string method, string operationId, string success)
    {
        var operation = (await DocumentAsync())["paths"]![path]![method]!;

        Assert.Equal(operationId, operation["operationId"]!.GetValue<string>());
        Assert.False(string.IsNullOrWhiteSpace(operation["summary"]?.GetValue<string>()));
        Assert.False(string.IsNullOrWhiteSpace(operation["description"]?.GetValue<string>()));
        var responses = operation["responses"]!.AsObject();
        Assert.Contains(success, responses.Select(r => r.Key));
        foreach (var (status, response) in responses.Where(r => r.Key != "204"))
        {
            var schema = response!["content"]!["application/json"]!["schema"]!["$ref"]!.GetValue<string>();
            Assert.Equal(status == success ? "#/components/schemas/Session" : "#/components/schemas/Error", schema);
            Assert.DoesNotMatch("^(OK|Bad Request|Not Found)$", response["description"]!.GetValue<string>());
        }
    }

    [Fact]
    public async Task Document_ServedOnTheRestPort_NamesItselfAsTheServer()
    {
        var servers = (await DocumentAsync())["servers"]!.AsArray();

        Assert.Equal(_server.RestUrl!.ToString().TrimEnd('/'), Assert.Single(servers)!["url"]!.GetValue<string>());
    }

    /// <summary>
    /// The Arazzo workflow's source description is a file beside it; it must be what the adapter serves. Regenerate with
    /// UPDATE_SNAPSHOTS=1 dotnet test, then review the diff.
    /// </summary>
    [Fact]
    public async Task Document_CopyInWorkflows_MatchesTheServedDocument()
    {
        var served = await DocumentAsync();
        served["servers"] = new JsonArray(new JsonObject { ["url"] = DefaultServer });
        var actual = served.ToJsonString(new() { WriteIndented = true }).ReplaceLineEndings("\n") + "\n";
        if (Environment.GetEnvironmentVariable("UPDATE_SNAPSHOTS") == "1")
        {
            await File.WriteAllTextAsync(RepositoryPaths.OpenApiCopy, actual);
        }

        Assert.True(File.Exists(RepositoryPaths.OpenApiCopy), $"No copy at {RepositoryPaths.OpenApiCopy}; run UPDATE_SNAPSHOTS=1 dotnet test to create it.");
        Assert.Equal(await File.ReadAllTextAsync(RepositoryPaths.OpenApiCopy), actual);
    }

    private async Task<JsonNode> DocumentAsync()
    {
        using var response = await _http.GetAsync(new Uri(_server.RestUrl!, "openapi/v1.json"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }
}
