namespace ClaimTracker.Core.Citations.Symbols;

/// <summary>Links to the UN's official document system.</summary>
public static class UnDocumentLinks
{
    private const string Base = "https://undocs.org/en/";

    /// <summary><c>S/RES/822 (1993)</c> links to <c>https://undocs.org/en/S/RES/822(1993)</c>: no space before the parenthesis.</summary>
    public static string For(string symbol) => Base + symbol.Replace(" (", "(", StringComparison.Ordinal);
}
