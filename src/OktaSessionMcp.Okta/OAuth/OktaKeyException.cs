namespace OktaSessionMcp.Okta.OAuth;

/// <summary>The private key could not be read or parsed. The message says why and never holds any of the key.</summary>
internal sealed class OktaKeyException(string message, Exception? innerException = null) : Exception(message, innerException);
