namespace OktaSessionMcp.Hosting;

/// <summary>A configuration problem found at start-up; its message says which setting to fix and how.</summary>
public sealed class StartupException(string message) : Exception(message);
