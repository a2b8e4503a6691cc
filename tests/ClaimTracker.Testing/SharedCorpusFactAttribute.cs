using Xunit;

namespace ClaimTracker.Testing;

/// <summary>
/// A fact over the documents of <c>../shared/corpus</c>: reported as skipped, with the reason,
/// in a clone without that folder, unless <c>CI</c> is set, where it runs and fails.
/// </summary>
public sealed class SharedCorpusFactAttribute : FactAttribute
{
    public SharedCorpusFactAttribute()
    {
        Skip = RepositoryPaths.MissingSharedData(RepositoryPaths.SharedCorpus);
    }
}
