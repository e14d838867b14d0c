using CmaRenewal.Core.Common;

namespace CmaRenewal.Application.Localization;

/// <summary>
/// Texts of Application code that is not a component (wording classes, handlers' messages, emails, import problems),
/// read from the resource pair beside <paramref name="owner"/>'s file in the current UI culture (see
/// <see cref="ResourceText"/>, which Core's own texts use too).
/// </summary>
public sealed class AppText(Type owner) : ResourceText(owner);
