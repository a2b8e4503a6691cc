namespace ClaimTracker.Testing;

/// <summary>An Azurite instance's three endpoints as the storage connection string both hosts read.</summary>
public sealed record AzuriteEndpoints(string Host, int BlobPort, int QueuePort, int TablePort)
{
    /// <summary>Azurite's published development key: not a secret.</summary>
    public const string DevelopmentKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    public string ConnectionString =>
        "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;" +
        $"AccountKey={DevelopmentKey};" +
        $"BlobEndpoint=http://{Host}:{BlobPort}/devstoreaccount1;" +
        $"QueueEndpoint=http://{Host}:{QueuePort}/devstoreaccount1;" +
        $"TableEndpoint=http://{Host}:{TablePort}/devstoreaccount1;";
}
