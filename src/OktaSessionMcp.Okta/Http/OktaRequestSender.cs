using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Logging;
using OktaSessionMcp.Okta.Telemetry;

namespace OktaSessionMcp.Okta.Http;

/// <summary>Sends one call through the client's handlers, turns every failure into OktaApiException, and logs one line.</summary>
internal sealed class OktaRequestSender(HttpClient httpClient, ILogger logger)
{
    public async Task<OktaSession?> SendAsync(OktaCall call, HttpRequestMessage request, bool readSession, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var outcome = "failed";
        OktaRequestOptions.Mark(request, call);
        // One span per call, never with the URL (it holds the session id); retries add events to it.
        using var activity = OktaTelemetry.ActivitySource.StartActivity($"okta {call.Operation}", ActivityKind.Client);
        activity?.SetTag(OktaTelemetry.OperationTag, call.Operation);
        try
        {
            using var response = await SendThroughHandlersAsync(call, request, cancellationToken);
            outcome = ((int)response.StatusCode).ToString(CultureInfo.InvariantCulture);
            activity?.SetTag(OktaTelemetry.StatusCodeTag, (int)response.StatusCode);
            // The buffering handler has already read the body, bounded; this only hands over the bytes.
            var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                throw OktaFailures.FromErrorStatus(call, response, body);
            }

            var session = readSession ? OktaSessionReader.Read(call, response, body) : null;
            call.SessionFingerprint ??= session?.Id is { } id ? OktaIdentifiers.Fingerprint(id) : null;
            return session;
        }
        catch (OktaApiException exception)
        {
            outcome = exception.StatusCode is { } status ? $"{exception.Kind} {status}" : exception.Kind.ToString();
            activity?.SetStatus(ActivityStatusCode.Error, exception.Kind.ToString());
            throw;
        }
        catch (OperationCanceledException)
        {
            outcome = "cancelled";
            activity?.SetStatus(ActivityStatusCode.Error, outcome);
            throw;
        }
        finally
        {
            // One line per call, and never the URL: it holds the session id.
            if (logger.IsEnabled(LogLevel.Debug))
            {
                logger.LogDebug(
                    "Okta {Operation} for session {SessionFingerprint}: {Outcome} after {ElapsedMilliseconds:0} ms",
                    call.Operation, call.SessionFingerprint ?? "-", outcome, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
        }
    }

    private async Task<HttpResponseMessage> SendThroughHandlersAsync(OktaCall call, HttpRequestMessage request, CancellationToken cancellationToken)
    {
        try
        {
            return await httpClient.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        }
        catch (Exception exception) when (OktaFailures.FromException(call, exception, cancellationToken) is { } failure)
        {
            throw failure;
        }
    }
}
