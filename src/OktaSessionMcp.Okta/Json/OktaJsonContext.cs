using System.Text.Json.Serialization;

namespace OktaSessionMcp.Okta.Json;

/// <summary>Source-generated (de)serialisation of everything the client sends and receives.</summary>
[JsonSerializable(typeof(OktaSession))]
[JsonSerializable(typeof(CreateSessionRequest))]
[JsonSerializable(typeof(OktaErrorBody))]
[JsonSerializable(typeof(TokenResponse))]
[JsonSerializable(typeof(TokenErrorBody))]
internal sealed partial class OktaJsonContext : JsonSerializerContext;
