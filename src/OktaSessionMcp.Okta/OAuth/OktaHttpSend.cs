namespace OktaSessionMcp.Okta.OAuth;

/// <summary>Sends one request on to the network: the auth handler's inner handler, so the token request shares its connections.</summary>
internal delegate Task<HttpResponseMessage> OktaHttpSend(HttpRequestMessage request, CancellationToken cancellationToken);
