namespace ClaimTracker.Core.Citations;

/// <summary>English ordinals, as numbers (<c>45th</c>) and as words (<c>forty-fifth</c>), both ways.</summary>
internal static class Ordinals
{
    private static readonly string[] Ones = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"];
    private static readonly string[] Teens = ["tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth"];
    private static readonly string[] Tens = ["", "", "twent", "thirt", "fort", "fift", "sixt", "sevent", "eight", "ninet"];

    private static readonly Lazy<Dictionary<string, int>> ByWords = new(() =>
        Enumerable.Range(1, 199).ToDictionary(Words, n => n, StringComparer.OrdinalIgnoreCase));

    public static string Of(int n) => n + ((n % 100) is 11 or 12 or 13 ? "th" : (n % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" });

    /// <summary>"forty-eighth", "Eightieth", "one hundred and first" → 48, 80, 101; 0 for anything else. Hyphens and spaces are alike.</summary>
    public static int Parse(string words) =>
        ByWords.Value.TryGetValue(string.Join('-', words.Split([' ', '-', '\u2010', '\u2011'], StringSplitOptions.RemoveEmptyEntries)), out var n) ? n : 0;

    private static string Words(int n) => n switch
    {
        < 10 => Ones[n],
        < 20 => Teens[n - 10],
        < 100 when n % 10 == 0 => Tens[n / 10] + "ieth",
        < 100 => Tens[n / 10] + "y-" + Ones[n % 10],
        100 => "hundredth",
        _ => "one-hundred-and-" + Words(n - 100),
    };
}
