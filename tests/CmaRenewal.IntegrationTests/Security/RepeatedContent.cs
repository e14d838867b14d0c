using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace CmaRenewal.IntegrationTests.Security;

/// <summary>
/// A body of <c>prefix + filler × count + suffix</c> written from one small buffer, so the sender itself allocates
/// almost nothing. Through HttpClient it declares no length (it travels chunked); <see cref="RawHttp"/> frames it either way.
/// </summary>
public sealed class RepeatedContent : HttpContent
{
    private const int BlockSize = 64 * 1024;
    private readonly byte[] head;
    private readonly byte[] tail;
    private readonly byte[] block;
    private readonly long count;

    public RepeatedContent(string contentType, string prefix, char filler, long count, string suffix)
    {
        (head, tail, block, this.count) = (Encoding.UTF8.GetBytes(prefix), Encoding.UTF8.GetBytes(suffix), Encoding.UTF8.GetBytes(new string(filler, BlockSize)), count);
        Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
    }

    public string ContentType => Headers.ContentType!.ToString();

    public long Length => head.Length + count + tail.Length;

    /// <summary>Writes the body (in chunks when <paramref name="chunked"/>) until done or until <paramref name="stop"/> completes.</summary>
    public async Task WriteToAsync(Stream stream, bool chunked, Task stop, CancellationToken ct)
    {
        foreach (var piece in Pieces())
        {
            if (stop.IsCompleted) return;
            if (chunked) await stream.WriteAsync(Encoding.ASCII.GetBytes($"{piece.Length:X}\r\n"), ct);
            await stream.WriteAsync(piece, ct);
            if (chunked) await stream.WriteAsync("\r\n"u8.ToArray(), ct);
        }
        if (chunked) await stream.WriteAsync("0\r\n\r\n"u8.ToArray(), ct);
    }

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
    {
        foreach (var piece in Pieces()) await stream.WriteAsync(piece);
    }

    protected override bool TryComputeLength(out long length)
    {
        length = Length;
        return false;
    }

    private IEnumerable<ReadOnlyMemory<byte>> Pieces()
    {
        yield return head;
        for (var left = count; left > 0; left -= BlockSize) yield return block.AsMemory(0, (int)Math.Min(BlockSize, left));
        yield return tail;
    }
}
