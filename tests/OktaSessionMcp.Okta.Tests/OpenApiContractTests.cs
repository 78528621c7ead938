using System.Net;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using YamlDotNet.RepresentationModel;

namespace OktaSessionMcp.Okta.Tests;

/// <summary>Our four requests and our Session model against Okta's own API description.</summary>
public sealed class OpenApiContractTests
{
    private static readonly OpenApiDescription Description = OpenApiDescription.Load();

    public static TheoryData<string> Operations =>
        [OktaOperations.CreateSession, OktaOperations.GetSession, OktaOperations.RevokeSession, OktaOperations.RefreshSession];

    public static TheoryData<string> SessionOperations =>
        [OktaOperations.CreateSession, OktaOperations.GetSession, OktaOperations.RefreshSession];

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task Request_EachOperation_UsesDescribedMethodPathAndReportsItsOperationId(string operation)
    {
        using var host = new OktaTestHost();
        host.OnAny(() => OktaResponses.Error(HttpStatusCode.NotFound, "E0000007", "Not found"));

        var exception = await Assert.ThrowsAsync<OktaApiException>(() => CallAsync(host.Client, operation));

        var request = Assert.Single(host.Requests);
        var (template, described) = Assert.NotNull(Description.FindOperation(request.Method, request.RawPathAndQuery));
        Assert.Equal(operation, ((YamlScalarNode)described["operationId"]).Value);
        Assert.Equal(operation, exception.Operation);
        Assert.StartsWith("/api/v1/sessions", template, StringComparison.Ordinal);
        AssertBodyMatchesDescription(described, request);
    }

    [Theory]
    [MemberData(nameof(SessionOperations))]
    public async Task Response_DescribedExample_DeserializesWithEveryFieldPopulated(string operation)
    {
        var (_, described) = DescribedOperation(operation);
        var content = (YamlMappingNode)((YamlMappingNode)Description.Resolve(described["responses"]["200"]))["content"]["application/json"];
        var example = ((YamlMappingNode)content["examples"]).Children.Values.Single();
        var json = OpenApiDescription.ToJson(((YamlMappingNode)Description.Resolve(example))["value"])!.ToJsonString();
        using var host = new OktaTestHost();
        host.OnAny(() => OktaResponses.Json(HttpStatusCode.OK, json));

        var session = await CallAsync(host.Client, operation);

        Assert.NotNull(session);
        var fields = new Dictionary<string, object?>
        {
            ["id"] = session.Id, ["userId"] = session.UserId, ["login"] = session.Login, ["createdAt"] = session.CreatedAt,
            ["expiresAt"] = session.ExpiresAt, ["status"] = session.Status, ["lastPasswordVerification"] = session.LastPasswordVerification,
            ["lastFactorVerification"] = session.LastFactorVerification, ["idp.id"] = session.Idp?.Id, ["idp.type"] = session.Idp?.Type,
            ["_links"] = session.Links, ["amr"] = session.Amr,
        };
        Assert.Empty(fields.Where(field => field.Value is null).Select(field => field.Key));
        Assert.NotEmpty(session.Amr!);
        Assert.Null(session.AdditionalProperties);
    }

    [Fact]
    public void SessionSchema_EveryDescribedProperty_HasAModelProperty()
    {
        var described = ((YamlMappingNode)Description.Root["components"]["schemas"]["Session"]["properties"]).Children.Keys
            .Select(key => ((YamlScalarNode)key).Value!);
        var modelled = typeof(OktaSession).GetProperties()
            .Select(property => property.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name)
            .OfType<string>();

        Assert.Equal(described.Order(StringComparer.Ordinal), modelled.Order(StringComparer.Ordinal));
    }

    private static (string Template, YamlMappingNode Operation) DescribedOperation(string operationId)
    {
        var paths = (YamlMappingNode)Description.Root["paths"];
        return paths.Children
            .SelectMany(path => ((YamlMappingNode)path.Value).Children
                .Where(op => op.Value is YamlMappingNode mapping && mapping.Children.TryGetValue("operationId", out var id) && ((YamlScalarNode)id).Value == operationId)
                .Select(op => (((YamlScalarNode)path.Key).Value!, (YamlMappingNode)op.Value)))
            .Single();
    }

    private static void AssertBodyMatchesDescription(YamlMappingNode described, RecordedRequest request)
    {
        if (!described.Children.TryGetValue("requestBody", out var requestBody))
        {
            // No body described: we send none (refresh sends an explicit empty one, for Content-Length: 0).
            Assert.True(string.IsNullOrEmpty(request.Body));
            Assert.Null(request.ContentType);
            return;
        }

        var json = (YamlMappingNode)((YamlMappingNode)requestBody)["content"]["application/json"];
        var schemaProperties = ((YamlMappingNode)((YamlMappingNode)Description.Resolve(json["schema"]))["properties"]).Children.Keys
            .Select(key => ((YamlScalarNode)key).Value);
        using var sent = JsonDocument.Parse(request.Body!);
        Assert.StartsWith("application/json", request.ContentType, StringComparison.Ordinal);
        Assert.All(sent.RootElement.EnumerateObject(), property => Assert.Contains(property.Name, schemaProperties));
    }

    private static async Task<OktaSession?> CallAsync(IOktaSessionClient client, string operation)
    {
        switch (operation)
        {
            case OktaOperations.CreateSession:
                return await client.CreateSessionAsync(OktaTestHost.SessionToken, CancellationToken.None);
            case OktaOperations.GetSession:
                return await client.GetSessionAsync(OktaTestHost.SessionId, CancellationToken.None);
            case OktaOperations.RefreshSession:
                return await client.RefreshSessionAsync(OktaTestHost.SessionId, CancellationToken.None);
            case OktaOperations.RevokeSession:
                await client.CloseSessionAsync(OktaTestHost.SessionId, CancellationToken.None);
                return null;
            default:
                throw new ArgumentOutOfRangeException(nameof(operation), operation, "not one of our operations");
        }
    }
}
