namespace CmaRenewal.Web.Localization;

/// <summary>
/// Texts many components share (Save, Cancel, the language switcher): <c>IStringLocalizer&lt;SharedText&gt;</c> reads
/// SharedText.resx and SharedText.es.resx beside this file. A component's own texts live in its own pair.
/// </summary>
public sealed class SharedText;
