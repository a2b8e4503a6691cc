using System.Text.Json.Nodes;

namespace ClaimTracker.Infra.Tests;

/// <summary>The evaluator the template tests read ARM JSON with: what it knows, and what it leaves to Azure.</summary>
public sealed class ArmExpressionTests
{
    private static readonly ArmScope Scope = new(JsonNode.Parse("""
        {
          "parameters": { "name": { "type": "string", "defaultValue": "app" }, "env": { "type": "string" } },
          "variables": { "token": "[toLower(uniqueString(subscription().id))]", "list": ["a", "b"] },
          "resources": []
        }
        """)!.AsObject());

    [Theory]
    [InlineData("[format('{0}-{1}', parameters('name'), 'x')]", "app-x")]
    [InlineData("[format('st{0}', variables('token'))]", "st⟨toLower(uniqueString(subscription().id))⟩")]
    [InlineData("[parameters('env')]", "⟨parameters('env')⟩")]
    [InlineData("[variables('list')[copyIndex()]]", "b")]
    [InlineData("[resourceId('Microsoft.Web/sites', parameters('name'))]", "Microsoft.Web/sites/app")]
    [InlineData("[reference(resourceId('Microsoft.Web/sites', 'a'), '2025-03-01').defaultHostName]", "⟨reference('Microsoft.Web/sites/a', '2025-03-01').defaultHostName⟩")]
    [InlineData("[format('it''s {0}', 'quoted')]", "it's quoted")]
    [InlineData("[[not an expression]", "[not an expression]")]
    [InlineData("plain", "plain")]
    public void Evaluates_what_is_known_and_keeps_the_rest_as_text(string expression, string expected) =>
        Assert.Equal(expected, ArmExpression.Display(Scope.Resolve(JsonValue.Create(expression), copyIndex: 1)));

    [Fact]
    public void Merges_objects_with_union_and_createObject() =>
        Assert.Equal(
            """{"a":"1","b":"app"}""",
            Scope.Resolve(JsonValue.Create("[union(createObject('a', '1'), createObject('b', parameters('name')))]"))!.ToJsonString());

    [Fact]
    public void Refuses_what_it_cannot_parse() =>
        Assert.Throws<FormatException>(() => Scope.Resolve(JsonValue.Create("[format('x']")));
}
