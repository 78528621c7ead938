using System.Buffers;
using Microsoft.AspNetCore.Http;

namespace OktaSessionMcp.StreamableHttp.Endpoint;

/// <summary>
/// The response body as the SDK transport sees it, so that a quick answer costs one socket write instead of three.
/// </summary>
/// <remarks>
/// Left alone, the transport (2.3.1) flushes the headers before it dispatches the request, then writes and flushes the
/// event, then the response ends with a closing chunk: three writes, each waking the client. Here the early flush waits
/// for the first event, or for <see cref="HeaderGrace"/> when the handler is slow, so clients still see headers
/// promptly (as later SDK versions do). When that first event is already the answer, the stream can hold nothing else:
/// it is kept back and sent by <see cref="SendHeldAnswerAsync"/> with a Content-Length, in one write. Anything else
/// (a progress or log notification, a server request) streams as it is written, as SSE must.
/// </remarks>
internal sealed class AnswerStream(Stream body, TimeProvider clock) : Stream
{
    public static readonly TimeSpan HeaderGrace = TimeSpan.FromMilliseconds(250);

    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly CancellationTokenSource _graceCancellation = new();
    private Task? _graceFlush;
    private ArrayBufferWriter<byte>? _answer;
    private bool _streaming;

    /// <summary>Sends the held answer, if there is one, as the whole response body.</summary>
    public async Task SendHeldAnswerAsync(HttpResponse response, CancellationToken cancellationToken)
    {
        await StopGraceFlushAsync();
        if (_answer is not { WrittenCount: > 0 } answer || response.HasStarted)
        {
            return;
        }

        response.ContentLength = answer.WrittenCount;
        await body.WriteAsync(answer.WrittenMemory, cancellationToken);
    }

    public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (!_streaming && _answer is null && SseAnswer.IsAnswer(buffer.Span))
            {
                _answer = new ArrayBufferWriter<byte>(buffer.Length);
            }

            if (_answer is not null)
            {
                _answer.Write(buffer.Span);
                return;
            }

            _streaming = true;
            await body.WriteAsync(buffer, cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override Task FlushAsync(CancellationToken cancellationToken)
    {
        if (_streaming)
        {
            return body.FlushAsync(cancellationToken);
        }

        // Nothing written yet (the transport's flush before dispatch) or an answer held: the headers wait.
        _graceFlush ??= _answer is null ? FlushHeadersAfterGraceAsync(_graceCancellation.Token) : null;
        return Task.CompletedTask;
    }

    public override async ValueTask DisposeAsync()
    {
        await StopGraceFlushAsync();
        _graceCancellation.Dispose();
        _gate.Dispose();
        await base.DisposeAsync();
    }

    private async Task FlushHeadersAfterGraceAsync(CancellationToken cancellationToken)
    {
        try
        {
            await Task.Delay(HeaderGrace, clock, cancellationToken);
            await _gate.WaitAsync(cancellationToken);
            try
            {
                if (!_streaming && _answer is null)
                {
                    _streaming = true;
                    await body.FlushAsync(cancellationToken);
                }
            }
            finally
            {
                _gate.Release();
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The first event came, or the request ended, within the grace period.
        }
    }

    private async Task StopGraceFlushAsync()
    {
        if (!_graceCancellation.IsCancellationRequested)
        {
            await _graceCancellation.CancelAsync();
        }

        if (_graceFlush is { } pending)
        {
            await pending;
        }
    }

    public override void Flush() => throw new NotSupportedException("The response body is written asynchronously.");

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException("The response body is written asynchronously.");

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();
}
