namespace OktaSessionMcp.Okta.Tests.TestHost;

/// <summary>
/// A response body whose reads do what the test says: break the connection, or stall until the reader cancels,
/// the way a real connection stream honours its token.
/// </summary>
public sealed class ScriptedReadStream(Func<Memory<byte>, CancellationToken, ValueTask<int>> read) : Stream
{
    public static ScriptedReadStream Throwing(Exception exception) => new((_, _) => ValueTask.FromException<int>(exception));

    public static ScriptedReadStream Stalled() => new(async (_, cancellationToken) =>
    {
        await Task.Delay(Timeout.Infinite, cancellationToken);
        return 0;
    });

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        read(buffer, cancellationToken);

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    // The client only reads asynchronously; a synchronous read would be a bug worth seeing.
    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
