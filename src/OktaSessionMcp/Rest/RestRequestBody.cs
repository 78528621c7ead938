namespace OktaSessionMcp.Rest;

/// <summary>
/// The documented JSON body of an operation. Not Accepts() metadata: that makes routing answer a bare 415 before the
/// handler can answer Okta's way, so <see cref="RestOperationTransformer"/> writes it into the document instead.
/// </summary>
internal sealed record RestRequestBody(Type Type, string Description);
