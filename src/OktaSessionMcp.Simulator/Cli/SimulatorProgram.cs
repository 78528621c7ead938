using System.Runtime.InteropServices;
using Microsoft.AspNetCore.Connections;

namespace OktaSessionMcp.Simulator.Cli;

/// <summary>
/// The standalone entry point. Not top-level statements: those make the SDK generate a public Program class, which
/// would clash with the Program of any host project that references this one to embed the simulator.
/// </summary>
internal static class SimulatorProgram
{
    public static async Task<int> Main(string[] args)
    {
        var parsed = CommandLine.Parse(args);
        if (parsed.Options is null && parsed.Error is null)
        {
            // --help or --version: System.CommandLine writes it.
            return await parsed.Parsed.InvokeAsync();
        }

        if (parsed.Options is not { } options)
        {
            // One line that names the option, not the whole help: the mistake stays the first thing on screen.
            await Console.Error.WriteLineAsync(parsed.Error);
            await Console.Error.WriteLineAsync("Run with --help to see the options.");
            return 2;
        }

        using var stop = new CancellationTokenSource();
        using var onTerm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
        using var onInt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
        OktaSimulator simulator;
        try
        {
            simulator = await OktaSimulator.StartAsync(options, stop.Token);
        }
        catch (IOException exception) when (exception.InnerException is AddressInUseException)
        {
            await Console.Error.WriteLineAsync(
                $"Cannot start the simulator: port {options.Port} is already in use (--port): stop the process that holds it, " +
                "or pick another port with --port (0 picks a free one).");
            return 2;
        }
        catch (Exception exception) when (exception is ArgumentException or IOException)
        {
            // Any other bad value or bind failure: say which, without a stack trace.
            await Console.Error.WriteLineAsync($"Cannot start the simulator: {exception.Message}");
            return 2;
        }

        await using var running = simulator;
        Banner.Write(Console.Out, simulator, options.ApiKey == new SimulatorOptions().ApiKey);
        await Console.Out.FlushAsync(stop.Token);
        try
        {
            await Task.Delay(Timeout.Infinite, stop.Token);
        }
        catch (OperationCanceledException)
        {
            // The expected way out: a signal asked us to stop.
        }

        return 0;

        void Stop(PosixSignalContext context)
        {
            context.Cancel = true;
            stop.Cancel();
        }
    }
}
