using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Xml.Linq;

namespace OktaSessionMcp.Tests.Packaging;

/// <summary>
/// .mcp/server.json describes the package to MCP registries. scripts/pack-check validates the packed file against the
/// registry's schema (specs/mcp-registry); this checks the fields the .NET MCP server package convention names, and that
/// they agree with the project.
/// </summary>
public sealed class ServerJsonTests
{
    [Fact]
    public void ServerJson_ConventionFields_ArePresentAndConsistent()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(RepoPath("src", "OktaSessionMcp", ".mcp", "server.json")));
        var root = document.RootElement;
        var version = XDocument.Load(RepoPath("Directory.Build.props")).Descendants("Version").Single().Value;

        Assert.StartsWith("https://static.modelcontextprotocol.io/schemas/", root.GetProperty("$schema").GetString(), StringComparison.Ordinal);
        Assert.Matches("^[a-zA-Z0-9.-]+/[a-zA-Z0-9._-]+$", root.GetProperty("name").GetString());
        Assert.False(string.IsNullOrWhiteSpace(root.GetProperty("description").GetString()));
        Assert.Equal(version, root.GetProperty("version").GetString());

        var packages = root.GetProperty("packages").EnumerateArray().ToList();
        Assert.Equal(["stdio", "streamable-http"], packages.Select(p => p.GetProperty("transport").GetProperty("type").GetString()));
        foreach (var package in packages)
        {
            Assert.Equal("nuget", package.GetProperty("registryType").GetString());
            Assert.Equal("OktaSessionMcp", package.GetProperty("identifier").GetString());
            Assert.Equal(version, package.GetProperty("version").GetString());
            // dnx resolves the package for this platform: the Native AOT build on linux-x64, else the framework-dependent one.
            Assert.Equal("dnx", package.GetProperty("runtimeHint").GetString());
            var variables = package.GetProperty("environmentVariables").EnumerateArray()
                .ToDictionary(v => v.GetProperty("name").GetString()!, v => v);
            Assert.True(variables["OKTA_ORG_URL"].GetProperty("isRequired").GetBoolean());
            Assert.False(variables["OKTA_ORG_URL"].GetProperty("isSecret").GetBoolean());
            Assert.True(variables["OKTA_API_KEY"].GetProperty("isRequired").GetBoolean());
            Assert.True(variables["OKTA_API_KEY"].GetProperty("isSecret").GetBoolean());
        }

        Assert.Equal("http://127.0.0.1:9090/mcp", packages[1].GetProperty("transport").GetProperty("url").GetString());
    }

    private static string RepoPath(params string[] parts) => Path.Combine([RepoRoot(), .. parts]);

    private static string RepoRoot([CallerFilePath] string thisFile = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(thisFile)!, "..", "..", ".."));
}
