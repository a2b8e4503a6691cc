using Xunit;

namespace ClaimTracker.Testing;

/// <summary>
/// A fact over the sample article of <c>../shared/samples</c>: reported as skipped, with the
/// reason, in a clone without that folder, unless <c>CI</c> is set, where it runs and fails.
/// A class with such facts reads the sample in its tests or lazily, never in a static field's
/// initialiser: a type that cannot load fails every test in it, the ones that skip included.
/// </summary>
public sealed class SharedSampleFactAttribute : FactAttribute
{
    public SharedSampleFactAttribute()
    {
        Skip = RepositoryPaths.MissingSharedData(RepositoryPaths.SharedSamples);
    }
}
