using System.Reflection;
using ClaimTracker.Pipeline;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimTracker.Functions.Tests;

/// <summary>Every function class can be built from the services Program.cs registers, with either kind of storage connection.</summary>
public sealed class FunctionCompositionTests
{
    public static TheoryData<string, string?> Connections => new()
    {
        { "AzureWebJobsStorage", "UseDevelopmentStorage=true" },
        { "AzureWebJobsStorage:accountName", "claimtrackerdata" },
    };

    [Theory]
    [MemberData(nameof(Connections))]
    public void Every_function_class_resolves_from_the_app_services(string key, string? value)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [key] = value }).Build();
        using var services = new ServiceCollection().AddLogging().AddClaimTracker(configuration).BuildServiceProvider();

        var functionClasses = typeof(SplitDocument).Assembly.GetTypes()
            .Where(t => t.GetMethods().Any(m => m.GetCustomAttribute<FunctionAttribute>() is not null))
            .ToArray();

        Assert.Equal(8, functionClasses.Length);
        Assert.All(functionClasses, type => Assert.NotNull(ActivatorUtilities.CreateInstance(services, type)));
    }
}
