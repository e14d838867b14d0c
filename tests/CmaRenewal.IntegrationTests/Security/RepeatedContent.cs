using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace CmaRenewal.IntegrationTests.Security;

/// <summary>
/// A body of <c>prefix + filler × count + suffix</c> written from one small buffer, with no declared length unless
/// asked, so it travels chunked and the client itself allocates almost nothing while sending it.
/// </summary>
public sealed class RepeatedContent : HttpContent
{
    private readonly byte[] head;
    private readonly byte[] tail;
    private readonly char filler;
    private readonly long count;
    private readonly bool declareLength;

    public RepeatedContent(string contentType, string prefix, char filler, long count, string suffix, bool declareLength = false)
    {
        (head, tail, this.filler, this.count, this.declareLength) = (Encoding.UTF8.GetBytes(prefix), Encoding.UTF8.GetBytes(suffix), filler, count, declareLength);
        Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
    }

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
    {
        var block = Encoding.UTF8.GetBytes(new string(filler, 64 * 1024));
        await stream.WriteAsync(head);
        for (var left = count; left > 0; left -= block.Length)
            await stream.WriteAsync(block.AsMemory(0, (int)Math.Min(block.Length, left)));
        await stream.WriteAsync(tail);
    }

    protected override bool TryComputeLength(out long length)
    {
        length = head.Length + count + tail.Length;
        return declareLength;
    }
}
