using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;

namespace CmaRenewal.Web.Hosting;

/// <summary>
/// One size limit on every request body (<see cref="RequestBodyOptions"/>), chunked or not: the servers' own limits,
/// form parsing, and a counting wrapper that answers 413 at once, closing the connection instead of draining the rest.
/// A token holder once grew the server by 400 MB with one 28 MB chunked body; now nothing past the limit is read.
/// </summary>
public static class RequestBodyModule
{
    /// <summary>Blazor circuit messages (file uploads travel in chunks of this size), the framework's default made explicit.</summary>
    public const long CircuitMessageBytes = 32 * 1024;

    public static IHostApplicationBuilder AddRequestBodyLimits(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<RequestBodyOptions>()
            .Configure<IConfiguration>(RequestBodyOptions.Read)
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<RequestBodyOptions>, RequestBodyValidation>();
        services.AddOptions<KestrelServerOptions>().Configure<IOptions<RequestBodyOptions>>((k, o) => k.Limits.MaxRequestBodySize = o.Value.MaxRequestBodyBytes);
        services.AddOptions<IISServerOptions>().Configure<IOptions<RequestBodyOptions>>((iis, o) => iis.MaxRequestBodySize = o.Value.MaxRequestBodyBytes);
        services.AddOptions<FormOptions>().Configure<IOptions<RequestBodyOptions>>((form, o) =>
        {
            var limit = o.Value.MaxRequestBodyBytes;
            form.MultipartBodyLengthLimit = limit;
            form.BufferBodyLengthLimit = limit;
            form.ValueLengthLimit = (int)Math.Min(int.MaxValue, limit);
        });
        services.AddServerSideBlazor().AddHubOptions(hub => hub.MaximumReceiveMessageSize = CircuitMessageBytes);
        return builder;
    }

    /// <summary>Early in the pipeline, right after exception handling, so no later reader sees more than the limit.</summary>
    public static IApplicationBuilder UseRequestBodyLimit(this IApplicationBuilder app) => app.Use(LimitAsync);

    private static async Task LimitAsync(HttpContext context, RequestDelegate next)
    {
        // Most requests (pages, files, API reads) carry no body at all: nothing to count.
        if (context.Features.Get<IHttpRequestBodyDetectionFeature>() is { CanHaveBody: false })
        {
            await next(context);
            return;
        }
        var options = context.RequestServices.GetRequiredService<IOptions<RequestBodyOptions>>().Value;
        var request = context.Request;
        if (request.ContentLength > options.MaxRequestBodyBytes)
        {
            await RefuseAsync(context, options);
            return;
        }
        var body = new LimitedRequestBody(request.Body, options.MaxRequestBodyBytes);
        request.Body = body;
        try
        {
            await next(context);
        }
        catch (Exception) when (body.Exceeded && !context.Response.HasStarted)
        {
            // Whatever the reader made of the 413 (a JSON or form error), the answer is the 413 below.
        }
        // A reader may have swallowed the 413 (form parsing turns it into "no antiforgery token"): the size still decides.
        if (body.Exceeded && !context.Response.HasStarted) await RefuseAsync(context, options);
    }

    private static async Task RefuseAsync(HttpContext context, RequestBodyOptions options)
    {
        var response = context.Response;
        response.Clear();
        response.StatusCode = StatusCodes.Status413PayloadTooLarge;
        // The rest of the body is never read: closing is cheaper than draining it to reuse the connection.
        response.Headers.Connection = "close";
        var detail = $"The request body is larger than the {options.Readable()} this server accepts (setting {RequestBodyOptions.Key}).";
        if (context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
        {
            if (context.Features.Get<IStatusCodePagesFeature>() is { } pages) pages.Enabled = false;
            await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                ProblemDetails = { Status = StatusCodes.Status413PayloadTooLarge, Title = "Request body too large", Detail = detail },
            });
            return;
        }
        response.ContentType = "text/plain; charset=utf-8";
        await response.WriteAsync(detail, context.RequestAborted);
    }

    private sealed class RequestBodyValidation : IValidateOptions<RequestBodyOptions>
    {
        public ValidateOptionsResult Validate(string? name, RequestBodyOptions options) =>
            options.Problem() is { } problem ? ValidateOptionsResult.Fail(problem) : ValidateOptionsResult.Success;
    }
}
