using System.Globalization;
using System.Net.Sockets;
using System.Text;

namespace CmaRenewal.IntegrationTests.Security;

/// <summary>What a server answered, as read off the socket.</summary>
public sealed record RawResponse(int Status, IReadOnlyDictionary<string, string> Headers, string Body)
{
    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;
}

/// <summary>
/// Sends a large body over a plain socket while reading the answer at the same time. A server that refuses a body
/// early answers and closes mid-upload; HttpClient then reports only the broken pipe, never the answer.
/// </summary>
public static class RawHttp
{
    public static async Task<RawResponse> PostAsync(Uri server, string path, IEnumerable<string> headers, RepeatedContent body, bool chunked,
        CancellationToken ct)
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(server.Host, server.Port, ct);
        var stream = tcp.GetStream();
        var head = new StringBuilder().Append(CultureInfo.InvariantCulture, $"POST {path} HTTP/1.1\r\nHost: {server.Authority}\r\n");
        foreach (var header in headers) head.Append(header).Append("\r\n");
        head.Append(chunked ? "Transfer-Encoding: chunked\r\n" : $"Content-Length: {body.Length}\r\n").Append("\r\n");
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head.ToString()), ct);
        var answer = ReadAnswerAsync(stream, ct);
        try
        {
            await body.WriteToAsync(stream, chunked, answer, ct);
        }
        catch (IOException)
        {
            // The server stopped reading and closed: expected when it refuses the body.
        }
        return Parse(await answer);
    }

    private static async Task<byte[]> ReadAnswerAsync(NetworkStream stream, CancellationToken ct)
    {
        var received = new MemoryStream();
        var buffer = new byte[16 * 1024];
        try
        {
            int count;
            while ((count = await stream.ReadAsync(buffer, ct)) > 0) received.Write(buffer, 0, count);
        }
        catch (IOException)
        {
            // A reset after the answer: what arrived is the answer.
        }
        return received.ToArray();
    }

    private static RawResponse Parse(byte[] raw)
    {
        var text = Encoding.UTF8.GetString(raw);
        var end = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        if (end < 0) throw new InvalidOperationException($"No HTTP answer arrived ({raw.Length} bytes).");
        var lines = text[..end].Split("\r\n");
        var headers = lines.Skip(1).Select(l => l.Split(':', 2)).ToDictionary(p => p[0].Trim(), p => p[1].Trim(), StringComparer.OrdinalIgnoreCase);
        var body = text[(end + 4)..];
        if (headers.TryGetValue("Transfer-Encoding", out var encoding) && encoding.Contains("chunked", StringComparison.OrdinalIgnoreCase)) body = Unchunk(body);
        return new RawResponse(int.Parse(lines[0].Split(' ')[1], CultureInfo.InvariantCulture), headers, body);
    }

    private static string Unchunk(string body)
    {
        var result = new StringBuilder();
        var at = 0;
        while (at < body.Length)
        {
            var lineEnd = body.IndexOf("\r\n", at, StringComparison.Ordinal);
            if (lineEnd < 0) break;
            var size = int.Parse(body[at..lineEnd], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            if (size == 0) break;
            result.Append(body, lineEnd + 2, size);
            at = lineEnd + 2 + size + 2;
        }
        return result.ToString();
    }
}
