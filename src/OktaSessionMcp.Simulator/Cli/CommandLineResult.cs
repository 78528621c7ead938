using System.CommandLine;

namespace OktaSessionMcp.Simulator.Cli;

/// <summary>The outcome of parsing: options to run with, what was wrong, or neither when --help or --version was asked for.</summary>
/// <param name="Parsed">What System.CommandLine made of the arguments; its <c>Action</c> writes the help or the version.</param>
internal sealed record CommandLineResult(SimulatorOptions? Options, ParseResult Parsed, string? Error);
