using System.Globalization;

namespace CmaRenewal.Web.Hosting;

/// <summary>
/// <c>Http:MaxRequestBodyBytes</c>: the largest request body the app reads, chunked or not (default 1 MiB). Uploads
/// of CSV files and certificates travel over the Blazor circuit in small messages and have their own caps.
/// </summary>
public sealed class RequestBodyOptions
{
    public const string Section = "Http";
    public const string Key = Section + ":MaxRequestBodyBytes";
    public const long DefaultBytes = 1024 * 1024;
    public const long FloorBytes = 4096;
    public const long CeilingBytes = 1024L * 1024 * 1024;

    public long MaxRequestBodyBytes { get; set; } = DefaultBytes;

    /// <summary>The setting as written when it is not a whole number (bound by hand, so a typo gets our message, not the binder's).</summary>
    public string? Unreadable { get; set; }

    public static void Read(RequestBodyOptions options, IConfiguration config)
    {
        if (config[Key] is not { Length: > 0 } text) return;
        if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var bytes)) options.MaxRequestBodyBytes = bytes;
        else options.Unreadable = text;
    }

    public string? Problem() =>
        Unreadable is null && MaxRequestBodyBytes is >= FloorBytes and <= CeilingBytes ? null
            : $"{Key} must be a number of bytes from {FloorBytes} (4 KiB) to {CeilingBytes} (1 GiB), not '{Unreadable ?? MaxRequestBodyBytes.ToString(CultureInfo.InvariantCulture)}'.";

    /// <summary>The limit as people read it: "1 MiB", "512 KiB", "70000 bytes".</summary>
    public string Readable() => MaxRequestBodyBytes switch
    {
        var b when b % (1024 * 1024) == 0 => $"{b / 1024 / 1024} MiB",
        var b when b % 1024 == 0 => $"{b / 1024} KiB",
        var b => $"{b} bytes",
    };
}
