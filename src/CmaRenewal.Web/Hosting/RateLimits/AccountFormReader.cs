namespace CmaRenewal.Web.Hosting.RateLimits;

/// <summary>
/// The limiter's partitions are chosen synchronously, so the email of a sign-in or reset post is read here first.
/// The form is buffered once; the page's own form binding and the antiforgery check read the same copy.
/// </summary>
public static class AccountFormReader
{
    public static async Task ReadAccountAsync(HttpContext context, RequestDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        if (LimitedRequest.IsAccountForm(LimitedRequest.KindOf(context)) && context.Request.HasFormContentType)
        {
            try
            {
                var form = await context.Request.ReadFormAsync(context.RequestAborted);
                context.Items[LimitedRequest.AccountItem] = form[LimitedRequest.AccountField].ToString();
            }
            // A body that is not a readable form still counts per address; the page answers it as it always has.
            catch (Exception ex) when (ex is InvalidDataException or BadHttpRequestException or IOException)
            {
            }
        }
        await next(context);
    }
}
