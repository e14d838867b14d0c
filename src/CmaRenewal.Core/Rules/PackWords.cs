using CmaRenewal.Core.Common;

namespace CmaRenewal.Core.Rules;

/// <summary>
/// The words rule packs put into sentences (unit names, category names, approval labels, fee kinds, what happens after
/// grace), in the reader's language. Packs are data written in English; this glossary (PackWords.resx, keyed by the
/// pack's own English) translates the ones the built-in packs use. A word it does not know, such as a unit an
/// organisation defined, reads as the pack gives it.
/// </summary>
public static class PackWords
{
    private static readonly ResourceText Text = new(typeof(PackWords));

    public static string Of(string word) => Text.Find(word) ?? word;
}
