using OpenQA.Selenium;

namespace Nop.Plugin.Misc.AmazonChannel.BrowserTests;

[Category(StageCategories.Upload)]
public class Stage1UploadTests : BrowserTestBase
{
    [Test]
    public void ShopOwner_UploadsThePackage_ThroughLocalPlugins()
    {
        Assert.That(File.Exists(StoreUnderTest.PluginZip), Is.True, "the package to upload: " + StoreUnderTest.PluginZip);
        Browser.Open("/Admin/Plugin/List", "01-local-plugins-before-upload");

        Browser.Driver.FindElement(By.Name("uploadplugin")).Click();
        Browser.WaitFor(By.Id("archivefile"), "the upload dialog").SendKeys(StoreUnderTest.PluginZip);
        Browser.Screenshot("02-upload-dialog");
        Browser.Driver.FindElement(By.Id("upload-plugin")).Click();

        Browser.WaitUntil(d => Browser.SuccessNotifications().Count + Browser.ErrorNotifications().Count > 0, "the upload's result");
        Browser.CheckPage("03-uploaded");
        Assert.That(Browser.SuccessNotifications(), Is.Not.Empty);
    }
}
