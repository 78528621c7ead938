namespace OktaSessionMcp.Simulator.Cli;

/// <summary>The outcome of parsing: options to run with, a request for help, or what was wrong.</summary>
internal sealed record CommandLineResult(SimulatorOptions? Options, bool ShowHelp, string? Error);
