namespace CmaRenewal.Web.Api;

/// <summary>What the API logs for the operator; the client sees none of it.</summary>
internal static partial class ApiLog
{
    [LoggerMessage(EventId = 9001, Level = LogLevel.Error, Message = "Unexpected failure answering {Method} {Path}; the client got a generic 500.")]
    public static partial void Unexpected(ILogger logger, string method, string path, Exception exception);
}
