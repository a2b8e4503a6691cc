using System.Text.Json.Nodes;

namespace ClaimTracker.Infra.Tests;

/// <summary>
/// One template of a compiled Bicep file (the file itself, or a module's nested deployment)
/// with the values its parent deploys it with, so that expressions can be followed across modules.
/// </summary>
public sealed class ArmScope
{
    private readonly JsonObject template;
    private readonly ArmScope? parent;
    private readonly JsonObject? inputs;

    public ArmScope(JsonObject template, ArmScope? parent = null, JsonObject? inputs = null)
    {
        this.template = template;
        this.parent = parent;
        this.inputs = inputs;
    }

    public JsonObject Template => template;

    /// <summary>This template's resources (ARM's array, or languageVersion 2.0's object of symbolic names).</summary>
    public IEnumerable<ArmResource> Resources => template["resources"] switch
    {
        JsonArray array => array.Select(r => new ArmResource(r!.AsObject(), null, this)),
        JsonObject named => named.Select(p => new ArmResource(p.Value!.AsObject(), p.Key, this)),
        _ => [],
    };

    /// <summary>The resources of this template and of every module under it.</summary>
    public IEnumerable<ArmResource> AllResources =>
        Resources.SelectMany(r => r.IsDeployment ? r.Module().AllResources.Prepend(r) : [r]);

    /// <summary>Every template in this file: this one and each module's.</summary>
    public IEnumerable<ArmScope> AllScopes =>
        Resources.Where(r => r.IsDeployment).SelectMany(r => r.Module().AllScopes).Prepend(this);

    /// <summary>Replaces every expression in <paramref name="node"/> with what it evaluates to.</summary>
    public JsonNode? Resolve(JsonNode? node, int? copyIndex = null) => node switch
    {
        JsonValue v when v.TryGetValue<string>(out var s) && s.StartsWith("[[", StringComparison.Ordinal) => JsonValue.Create(s[1..]),
        JsonValue v when v.TryGetValue<string>(out var s) && s.StartsWith('[') && s.EndsWith(']') => ArmExpression.Evaluate(s[1..^1], this, copyIndex),
        JsonObject o => new JsonObject(o.Select(p => KeyValuePair.Create(
            ArmExpression.Display(Resolve(JsonValue.Create(p.Key), copyIndex)), Resolve(p.Value, copyIndex)))),
        JsonArray a => new JsonArray(a.Select(e => Resolve(e, copyIndex)).ToArray()),
        _ => node?.DeepClone(),
    };

    public JsonNode? Parameter(string name)
    {
        if (inputs?[name] is JsonObject input && parent is not null)
        {
            return parent.Resolve(input["value"]);
        }
        return template["parameters"]?[name]?["defaultValue"] is { } defaultValue ? Resolve(defaultValue) : null;
    }

    public JsonNode? Variable(string name) =>
        template["variables"]?.AsObject().TryGetPropertyValue(name, out var value) == true ? Resolve(value) : null;

    /// <summary><c>reference('module')</c>: the module deployment's outputs, evaluated in the module.</summary>
    public JsonNode? Module(string symbol)
    {
        var module = Resources.FirstOrDefault(r => r.Symbol == symbol && r.IsDeployment);
        if (module is null)
        {
            return null;
        }
        var child = module.Module();
        var outputs = new JsonObject();
        foreach (var (name, output) in child.template["outputs"]?.AsObject() ?? [])
        {
            outputs[name] = new JsonObject { ["value"] = child.Resolve(output!["value"]) };
        }
        return new JsonObject { ["outputs"] = outputs };
    }
}

/// <summary>A resource of a template, read through its template's scope.</summary>
public sealed record ArmResource(JsonObject Json, string? Symbol, ArmScope Scope)
{
    public string Type => (string)Json["type"]!;

    public bool IsDeployment => Type == "Microsoft.Resources/deployments";

    /// <summary>Declared with <c>existing</c>: referenced, not deployed.</summary>
    public bool IsExisting => Json["existing"]?.GetValue<bool>() == true;

    /// <summary>One entry per copy (a loop's resources), each with its properties evaluated.</summary>
    public IReadOnlyList<JsonObject> Instances()
    {
        var count = Json["copy"]?["count"] is { } expression
            ? Scope.Resolve(expression)!.GetValue<int>()
            : (int?)null;
        return count is null
            ? [Scope.Resolve(Json)!.AsObject()]
            : Enumerable.Range(0, count.Value).Select(i => Scope.Resolve(Json, i)!.AsObject()).ToList();
    }

    /// <summary>The scope of a module's nested template.</summary>
    public ArmScope Module() =>
        new(Json["properties"]!["template"]!.AsObject(), Scope, Json["properties"]!["parameters"]?.AsObject());
}
