using System.Text.Json.Serialization;
using OktaSessionMcp.Simulator.Faults;
using OktaSessionMcp.Simulator.Json;
using OktaSessionMcp.Simulator.Requests;

namespace OktaSessionMcp.Simulator;

// Source-generated so that no reflection-based serializer runs; nulls are omitted because Okta omits absent values
// and the OpenAPI description declares none of these properties nullable.
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(ErrorBody))]
[JsonSerializable(typeof(TokenResponse))]
[JsonSerializable(typeof(OAuthError))]
[JsonSerializable(typeof(SessionResource))]
[JsonSerializable(typeof(AuthnRequest))]
[JsonSerializable(typeof(AuthnResponse))]
[JsonSerializable(typeof(CreateSessionRequest))]
[JsonSerializable(typeof(MintTokenRequest))]
[JsonSerializable(typeof(MintTokenResponse))]
[JsonSerializable(typeof(HealthResponse))]
[JsonSerializable(typeof(FaultSettings))]
[JsonSerializable(typeof(FaultUpdate))]
[JsonSerializable(typeof(IReadOnlyList<RecordedRequest>))]
internal sealed partial class SimulatorJsonContext : JsonSerializerContext;
