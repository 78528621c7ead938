namespace OktaSessionMcp;

/// <summary>
/// A configuration problem found at start-up; its message says which setting to fix and how, one problem a line.
/// The exception it stands for, if any, is kept for <c>--log-level Debug</c>.
/// </summary>
public sealed class StartupException(string message, Exception? innerException = null) : Exception(message, innerException)
{
    public StartupException(IEnumerable<string> problems)
        : this(string.Join('\n', problems))
    {
    }
}
