namespace Nop.Plugin.Misc.AmazonChannel.BrowserTests;

[Category(StageCategories.Install)]
public class Stage2InstallTests : BrowserTestBase
{
    [Test]
    public void UploadedPlugin_IsListed_AndTheOwnerInstallsIt()
    {
        OpenLocalPluginsFilteredToThePlugin("04-uploaded-plugin-listed");
        var install = Browser.WaitFor(PluginButton("install"), "the plugin's Install button");

        install.Click();

        Browser.WaitUntil(d => Browser.SuccessNotifications().Count + Browser.ErrorNotifications().Count > 0, "the install's result");
        Browser.CheckPage("05-install-requested");
        Assert.That(Browser.SuccessNotifications(), Is.Not.Empty);
    }
}
