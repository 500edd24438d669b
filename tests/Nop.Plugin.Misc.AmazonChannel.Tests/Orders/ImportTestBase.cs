namespace Nop.Plugin.Misc.AmazonChannel.Tests.Orders;

/// <summary>A fresh import harness per test, with a store product for SKU-1.</summary>
public abstract class ImportTestBase
{
    protected ImportHarness Harness { get; private set; } = null!;

    [SetUp]
    public void CreateHarness()
    {
        Harness = new ImportHarness();
        Harness.Store.AddProduct("SKU-1");
    }

    [TearDown]
    public void DisposeHarness() => Harness.Dispose();
}
