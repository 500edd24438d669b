namespace Nop.Plugin.Misc.AmazonChannel.BrowserTests;

/// <summary>Errors nopCommerce logged at any point of the stage, its restarts (plugin loading, install) included.</summary>
[Category(StageCategories.Installed)]
public class StoreLogTests
{
    [Test]
    public async Task StoreLoggedNoError_SinceTheStageBegan()
    {
        Assert.That(await NopLog.ErrorsAfterAsync(NopLog.StageStartId), Is.Empty);
    }
}
