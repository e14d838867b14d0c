using System.Globalization;

namespace CmaRenewal.Core.Common;

/// <summary>
/// Switches the current thread's culture and UI culture until disposed, so texts made for someone else (a reminder's
/// recipient) read in their language. Application code uses it through <c>AppCulture.Use</c>.
/// </summary>
public sealed class CultureScope : IDisposable
{
    private readonly CultureInfo culture = CultureInfo.CurrentCulture;
    private readonly CultureInfo uiCulture = CultureInfo.CurrentUICulture;

    public CultureScope(CultureInfo to)
    {
        CultureInfo.CurrentCulture = to;
        CultureInfo.CurrentUICulture = to;
    }

    public void Dispose()
    {
        CultureInfo.CurrentCulture = culture;
        CultureInfo.CurrentUICulture = uiCulture;
    }
}
