using CmaRenewal.Application.Localization;

namespace CmaRenewal.Application;

/// <summary>The sentence <see cref="UseCaseResult{T}"/> falls back on when a handler names no problem, in the reader's language.</summary>
internal static class UseCaseText
{
    private static readonly AppText Text = new(typeof(UseCaseText));

    public static string NotValid => Text["NotValid"];
}
