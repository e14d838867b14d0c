namespace CmaRenewal.Web.Hosting;

/// <summary>
/// The request body, read through a counter: past the limit it throws a 413 instead of handing over more bytes, so no
/// reader (JSON binding, form parsing, antiforgery) can buffer an unbounded chunked body. Kestrel and IIS enforce the
/// same limit; this also covers servers that do not (the in-memory test server) and remembers that it fired even when
/// a reader swallows the exception.
/// </summary>
internal sealed class LimitedRequestBody(Stream inner, long limit) : Stream
{
    private long read;

    public bool Exceeded { get; private set; }

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => read; set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => ReadAsync(buffer.AsMemory(offset, count)).AsTask().GetAwaiter().GetResult();

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        var allowed = buffer[..Math.Min(buffer.Length, Allowance())];
        try
        {
            return Count(await inner.ReadAsync(allowed, cancellationToken));
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            // Kestrel counts the same limit and may notice first.
            Exceeded = true;
            throw;
        }
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    // One byte past the limit is asked for, so a body of exactly the limit is accepted and one byte more is not.
    private int Allowance()
    {
        if (Exceeded) throw TooLarge();
        return (int)Math.Min(int.MaxValue, limit - read + 1);
    }

    private int Count(int bytes)
    {
        read += bytes;
        if (read <= limit) return bytes;
        Exceeded = true;
        throw TooLarge();
    }

    private BadHttpRequestException TooLarge() =>
        new($"The request body is larger than the {limit} bytes this server accepts.", StatusCodes.Status413PayloadTooLarge);

    public override void Flush() => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
