using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace ClaimTracker.Infra.Tests;

/// <summary>
/// Evaluates the part of an ARM template expression that is known before deployment: literals,
/// <c>parameters()</c>, <c>variables()</c>, module outputs through <c>reference()</c>,
/// <c>format</c>, <c>resourceId</c>, <c>union</c> of objects and a few string functions. Whatever needs Azure
/// (<c>uniqueString</c>, <c>reference()</c> of a resource, <c>subscription()</c>) stays as its
/// source text between ⟨ and ⟩, so two expressions that name the same thing evaluate equal.
/// </summary>
public sealed partial class ArmExpression
{
    private readonly string text;
    private readonly ArmScope scope;
    private readonly int? copyIndex;
    private int position;

    private ArmExpression(string text, ArmScope scope, int? copyIndex)
    {
        this.text = text;
        this.scope = scope;
        this.copyIndex = copyIndex;
    }

    /// <summary>Evaluates an expression given without its brackets.</summary>
    public static JsonNode? Evaluate(string expression, ArmScope scope, int? copyIndex = null)
    {
        var parser = new ArmExpression(expression, scope, copyIndex);
        var value = parser.Expression();
        parser.SkipSpace();
        if (parser.position != expression.Length)
        {
            throw new FormatException($"Unexpected '{expression[parser.position..]}' in [{expression}].");
        }
        return value;
    }

    /// <summary>Whether a value is (or holds) something only Azure knows.</summary>
    public static bool IsOpaque(JsonNode? value) => value switch
    {
        JsonValue v when v.TryGetValue<string>(out var s) => s.Contains('⟨', StringComparison.Ordinal),
        JsonObject o => o.Any(p => IsOpaque(p.Value)),
        JsonArray a => a.Any(IsOpaque),
        _ => false,
    };

    /// <summary>A value as text: strings as themselves, anything else as JSON.</summary>
    public static string Display(JsonNode? value) =>
        value is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : value?.ToJsonString() ?? "null";

    private JsonNode? Expression()
    {
        var value = Primary();
        while (true)
        {
            SkipSpace();
            if (TryTake('.'))
            {
                var member = Identifier();
                value = value is JsonObject o && Member(o, member) is { } found ? found.DeepClone() : Opaque($"{Render(value)}.{member}");
            }
            else if (TryTake('['))
            {
                var index = Expression();
                Take(']');
                value = (value, index) switch
                {
                    (JsonArray array, JsonValue i) when i.TryGetValue<int>(out var n) && n < array.Count => array[n]?.DeepClone(),
                    (JsonObject o, JsonValue key) when key.TryGetValue<string>(out var k) && Member(o, k) is { } found => found.DeepClone(),
                    _ => Opaque($"{Render(value)}[{Render(index)}]"),
                };
            }
            else
            {
                return value;
            }
        }
    }

    private JsonNode? Primary()
    {
        SkipSpace();
        var start = position;
        if (TryTake('\''))
        {
            var literal = new System.Text.StringBuilder();
            while (true)
            {
                if (position >= text.Length)
                {
                    throw new FormatException($"Unterminated string in [{text}].");
                }
                var c = text[position++];
                if (c == '\'')
                {
                    if (!TryTake('\''))
                    {
                        return JsonValue.Create(literal.ToString());
                    }
                }
                literal.Append(c);
            }
        }
        if (char.IsDigit(text[position]) || text[position] == '-')
        {
            position++;
            while (position < text.Length && char.IsDigit(text[position]))
            {
                position++;
            }
            return JsonValue.Create(int.Parse(text[start..position], CultureInfo.InvariantCulture));
        }

        var name = Identifier();
        SkipSpace();
        if (!TryTake('('))
        {
            return name.ToUpperInvariant() switch
            {
                "TRUE" => JsonValue.Create(true),
                "FALSE" => JsonValue.Create(false),
                "NULL" => null,
                _ => throw new FormatException($"Unexpected '{name}' in [{text}]."),
            };
        }
        var arguments = new List<JsonNode?>();
        SkipSpace();
        if (!TryTake(')'))
        {
            do
            {
                arguments.Add(Expression());
                SkipSpace();
            }
            while (TryTake(','));
            Take(')');
        }
        return Call(name, arguments) ?? Opaque($"{name}({string.Join(", ", arguments.Select(Render))})");
    }

    /// <summary>A function's value, or null where only Azure knows it.</summary>
    private JsonNode? Call(string name, List<JsonNode?> arguments)
    {
        string? Text(int i) => i < arguments.Count && arguments[i] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

        switch (name.ToUpperInvariant())
        {
            case "PARAMETERS" when Text(0) is { } parameter:
                return scope.Parameter(parameter);
            case "VARIABLES" when Text(0) is { } variable:
                return scope.Variable(variable);
            case "REFERENCE" when Text(0) is { } symbol && scope.Module(symbol) is { } module:
                return module;
            case "COPYINDEX" when arguments.Count == 0 && copyIndex is { } index:
                return JsonValue.Create(index);
            case "LENGTH" when arguments.Count == 1 && arguments[0] is JsonArray array:
                return JsonValue.Create(array.Count);
            case "LENGTH" when Text(0) is { } measured && !IsOpaque(arguments[0]):
                return JsonValue.Create(measured.Length);
            case "FORMAT" when Text(0) is { } format:
                return JsonValue.Create(FormatItem().Replace(
                    format, m => Display(arguments[int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) + 1])));
            case "STRING" when arguments.Count == 1:
                return JsonValue.Create(Display(arguments[0]));
            case "TOLOWER" when Text(0) is { } lower && !IsOpaque(arguments[0]):
                return JsonValue.Create(lower.ToLowerInvariant());
            case "CREATEOBJECT" when arguments.Count % 2 == 0 && Enumerable.Range(0, arguments.Count / 2).All(i => Text(2 * i) is not null):
                return new JsonObject(Enumerable.Range(0, arguments.Count / 2)
                    .Select(i => KeyValuePair.Create(Text(2 * i)!, arguments[(2 * i) + 1]?.DeepClone())));
            case "UNION" when arguments.Count > 0 && arguments.All(a => a is JsonObject):
                var union = new JsonObject();
                foreach (var (key, value) in arguments.SelectMany(a => a!.AsObject()))
                {
                    union[key] = value?.DeepClone();
                }
                return union;
            case "RESOURCEID" or "SUBSCRIPTIONRESOURCEID":
                // resourceId([subscriptionId], [group], type, name...): from the type on, as a path.
                var type = arguments.FindIndex(a => Display(a).Contains('/', StringComparison.Ordinal));
                return type < 0 ? null : JsonValue.Create(string.Join('/', arguments.Skip(type).Select(Display)));
            default:
                return null;
        }
    }

    private static JsonNode? Member(JsonObject o, string name) =>
        o.FirstOrDefault(p => string.Equals(p.Key, name, StringComparison.OrdinalIgnoreCase)).Value;

    /// <summary>Something only Azure knows, written as the expression with what is known filled in.</summary>
    private static JsonValue Opaque(string expression) => JsonValue.Create("⟨" + expression + "⟩");

    /// <summary>A value inside an opaque expression: one opaque value without its brackets, text quoted.</summary>
    private static string Render(JsonNode? value)
    {
        if (value is JsonValue v && v.TryGetValue<string>(out var s))
        {
            return IsWhollyOpaque(s) ? s[1..^1] : $"'{s}'";
        }
        return value?.ToJsonString() ?? "null";
    }

    private static bool IsWhollyOpaque(string s)
    {
        if (!s.StartsWith('⟨') || !s.EndsWith('⟩'))
        {
            return false;
        }
        var depth = 0;
        for (var i = 0; i < s.Length; i++)
        {
            depth += s[i] == '⟨' ? 1 : s[i] == '⟩' ? -1 : 0;
            if (depth == 0 && i < s.Length - 1)
            {
                return false;
            }
        }
        return true;
    }

    private string Identifier()
    {
        SkipSpace();
        var start = position;
        while (position < text.Length && (char.IsLetterOrDigit(text[position]) || text[position] == '_'))
        {
            position++;
        }
        if (position == start)
        {
            throw new FormatException($"Expected a name at {start} in [{text}].");
        }
        return text[start..position];
    }

    private void SkipSpace()
    {
        while (position < text.Length && char.IsWhiteSpace(text[position]))
        {
            position++;
        }
    }

    private bool TryTake(char c)
    {
        if (position < text.Length && text[position] == c)
        {
            position++;
            return true;
        }
        return false;
    }

    private void Take(char c)
    {
        if (!TryTake(c))
        {
            throw new FormatException($"Expected '{c}' at {position} in [{text}].");
        }
    }

    [GeneratedRegex(@"\{(\d+)(?::[^}]*)?\}")]
    private static partial Regex FormatItem();
}
