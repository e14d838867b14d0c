using System.Text.Json;
using System.Text.Json.Nodes;

namespace CmaRenewal.Web.Api;

/// <summary>
/// The API's JSON is camelCase (<c>certifiedOn</c>), but clients written against the wording send snake_case
/// (<c>certified_on</c>, <c>last_recertified_on</c>). Such names are renamed before binding, so both spellings bind the
/// same documented shape. Dictionary keys under <c>splits</c> are categories, not names, and are left alone.
/// </summary>
internal static class SnakeCaseBodies
{
    private const long MaxBytes = 1 << 20;

    public static async Task AcceptAsync(HttpContext context, RequestDelegate next)
    {
        var request = context.Request;
        if (request.HasJsonContentType() && request.ContentLength is null or (> 0 and <= MaxBytes))
        {
            request.EnableBuffering();
            JsonNode? body = null;
            try
            {
                body = await JsonNode.ParseAsync(request.Body, cancellationToken: context.RequestAborted);
            }
            catch (JsonException)
            {
                // Left for the endpoint to refuse with its 400 problem.
            }
            if (body is not null && Rename(body))
            {
                var bytes = JsonSerializer.SerializeToUtf8Bytes(body);
                request.Body = new MemoryStream(bytes);
                request.ContentLength = bytes.Length;
            }
            else request.Body.Position = 0;
        }
        await next(context);
    }

    private static bool Rename(JsonNode node)
    {
        var renamed = false;
        if (node is JsonArray array)
        {
            foreach (var item in array)
                if (item is not null) renamed |= Rename(item);
            return renamed;
        }
        if (node is not JsonObject obj) return false;
        foreach (var (name, value) in obj.ToList())
        {
            var camel = name.Contains('_', StringComparison.Ordinal) ? Camel(name) : name;
            if (camel != name && !obj.ContainsKey(camel))
            {
                obj.Remove(name);
                obj[camel] = value;
                renamed = true;
            }
            if (value is not null && !string.Equals(camel, "splits", StringComparison.OrdinalIgnoreCase)) renamed |= Rename(value);
        }
        return renamed;
    }

    private static string Camel(string snake)
    {
        var parts = snake.Split('_', StringSplitOptions.RemoveEmptyEntries);
        return parts.Length == 0 ? snake
            : parts[0].ToLowerInvariant() + string.Concat(parts.Skip(1).Select(p => char.ToUpperInvariant(p[0]) + p[1..].ToLowerInvariant()));
    }
}
