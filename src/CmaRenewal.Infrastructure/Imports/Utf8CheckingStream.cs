using System.Buffers;
using System.Text.Unicode;

namespace CmaRenewal.Infrastructure.Imports;

/// <summary>
/// Passes a file through while checking that it is UTF-8, counting lines so the error can say where: the CSV reader
/// would quietly turn a Latin-1 "é" into a replacement character and import it.
/// </summary>
internal sealed class Utf8CheckingStream(Stream inner) : Stream
{
    private readonly byte[] carry = new byte[4];
    private byte[] work = [];
    private char[] scratch = [];
    private int carried;
    private int line = 1;

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var read = inner.Read(buffer);
        Check(buffer[..read]);
        return read;
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        var read = await inner.ReadAsync(buffer, cancellationToken);
        Check(buffer.Span[..read]);
        return read;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing) inner.Dispose();
        base.Dispose(disposing);
    }

    public override async ValueTask DisposeAsync()
    {
        await inner.DisposeAsync();
        await base.DisposeAsync();
    }

    // An empty read is the end of the file: a sequence cut off there is as wrong as a bad byte.
    private void Check(ReadOnlySpan<byte> chunk)
    {
        var length = carried + chunk.Length;
        if (work.Length < length) work = new byte[Math.Max(length, 4096)];
        if (scratch.Length < length) scratch = new char[work.Length];
        carry.AsSpan(0, carried).CopyTo(work);
        chunk.CopyTo(work.AsSpan(carried));
        var bytes = work.AsSpan(0, length);
        var status = Utf8.ToUtf16(bytes, scratch, out var used, out _, replaceInvalidSequences: false, isFinalBlock: chunk.IsEmpty);
        line += bytes[..used].Count((byte)'\n');
        if (status == OperationStatus.InvalidData)
            throw new CsvFileException(new CsvFault(line, CsvFaultKind.NotUtf8));
        carried = length - used;
        bytes[used..].CopyTo(carry);
    }
}
