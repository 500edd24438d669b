using Moq;
using Nop.Plugin.Misc.AmazonChannel.Domain;
using Nop.Plugin.Misc.AmazonChannel.Localization;
using Nop.Plugin.Misc.AmazonChannel.Services;
using Nop.Plugin.Misc.AmazonChannel.Tests.Data;
using Nop.Services.Configuration;
using Nop.Services.Localization;

namespace Nop.Plugin.Misc.AmazonChannel.Tests.Plugin;

public class AmazonSyncErrorServiceTests : DatabaseTestBase
{
    private static readonly DateTime _now = new(2026, 12, 5, 12, 0, 0, DateTimeKind.Utc);
    private static readonly SyncErrorCode _unknownSku = new("Test.UnknownSku", AmazonSyncErrorKind.UnknownSku);
    private static readonly SyncErrorCode _throttled = new("Test.Throttled", AmazonSyncErrorKind.Throttled);

    private ManualTime _time = null!;
    private AmazonSyncErrorService _service = null!;
    private int _accountId;

    [SetUp]
    public async Task SetUp()
    {
        _time = new ManualTime(_now);
        _service = new AmazonSyncErrorService(Database.GetRepository<AmazonSyncError>(), _time);
        _accountId = (await EntityFactory.InsertAccountAsync(Database)).Id;
    }

    [Test]
    public async Task Record_StoresCodeKindAndArguments()
    {
        var error = await _service.RecordAsync(_accountId, null, "111-1", _unknownSku, ["SKU-1", "3"], "request id abc");

        var stored = (await _service.GetOpenErrorsAsync()).Single();
        Assert.That(stored.Id, Is.EqualTo(error.Id));
        Assert.That(stored.Code, Is.EqualTo("Test.UnknownSku"));
        Assert.That(stored.Kind, Is.EqualTo(AmazonSyncErrorKind.UnknownSku));
        Assert.That(stored.GetArguments(), Is.EqualTo(new[] { "SKU-1", "3" }));
        Assert.That(stored.Details, Is.EqualTo("request id abc"));
    }

    [Test]
    public async Task Record_SameAccountOrderAndCode_RefreshesTheOpenError()
    {
        await _service.RecordAsync(_accountId, null, "111-1", _unknownSku, ["SKU-1"]);
        _time.Now = _now.AddMinutes(30);
        await _service.RecordAsync(_accountId, null, "111-1", _unknownSku, ["SKU-2"], "second");

        var open = await _service.GetOpenErrorsAsync();
        Assert.That(open, Has.Count.EqualTo(1));
        Assert.That(open[0].GetArguments(), Is.EqualTo(new[] { "SKU-2" }));
        Assert.That(open[0].OccurredOnUtc, Is.EqualTo(_now.AddMinutes(30)));
        Assert.That(open[0].Details, Is.EqualTo("second"));
    }

    [Test]
    public async Task Record_OtherCodeOrOrderOrResolved_IsANewError()
    {
        var first = await _service.RecordAsync(_accountId, null, "111-1", _unknownSku, ["SKU-1"]);
        await _service.RecordAsync(_accountId, null, "111-1", _throttled, []);
        await _service.RecordAsync(_accountId, null, "222-2", _unknownSku, ["SKU-1"]);
        await _service.ResolveByIdAsync(first.Id);
        await _service.RecordAsync(_accountId, null, "111-1", _unknownSku, ["SKU-1"]);

        var all = await Database.GetRepository<AmazonSyncError>().GetAllAsync(query => query);
        Assert.That(all, Has.Count.EqualTo(4));
        Assert.That(all.Count(error => error.IsResolved), Is.EqualTo(1));
    }

    [Test]
    public async Task Resolve_ByCodeAndOrder_LeavesOtherErrorsOpen()
    {
        await _service.RecordAsync(_accountId, null, "111-1", _unknownSku, ["SKU-1"]);
        await _service.RecordAsync(_accountId, null, "111-1", _throttled, []);
        await _service.RecordAsync(_accountId, null, null, _throttled, []);

        var resolved = await _service.ResolveAsync(_accountId, null, _throttled);

        Assert.That(resolved, Is.EqualTo(1));
        var open = await _service.GetOpenErrorsAsync();
        Assert.That(open.Select(error => (error.AmazonOrderId, error.Code)),
            Is.EquivalentTo(new[] { ("111-1", "Test.UnknownSku"), ("111-1", "Test.Throttled") }));
    }

    [Test]
    public async Task ResolveById_UnknownOrAlreadyResolved_ReturnsFalse()
    {
        var error = await _service.RecordAsync(_accountId, null, "111-1", _unknownSku, ["SKU-1"]);

        Assert.That(await _service.ResolveByIdAsync(error.Id), Is.True);
        Assert.That(await _service.ResolveByIdAsync(error.Id), Is.False);
        Assert.That(await _service.ResolveByIdAsync(error.Id + 1000), Is.False);
    }

    [Test]
    public async Task Message_IsTheDefaultTextOfTheCode()
    {
        var general = await _service.RecordAsync(_accountId, null, null, AmazonSyncErrorKind.AmazonApiError, "Amazon answered 500.");
        var unknown = await _service.RecordAsync(_accountId, null, null, _unknownSku, ["SKU-1", "2"]);

        Assert.That(general.Code, Is.EqualTo("General.AmazonApiError"));
        Assert.That(general.Message, Is.EqualTo("Amazon answered 500."));
        Assert.That(unknown.Message, Is.EqualTo("Test.UnknownSku: SKU-1, 2"), "a code without a resource falls back to code and arguments");
    }

    [Test]
    public void EveryGeneralCode_HasAResource()
    {
        foreach (var kind in Enum.GetValues<AmazonSyncErrorKind>())
            Assert.That(AmazonChannelLocaleResources.All, Contains.Key(AmazonSyncError.ResourceKeyFor(AmazonSyncErrorService.GeneralCode(kind).Value)));
    }

    [Test]
    public async Task Text_UsesTheLocalizedResourceWithTheArguments()
    {
        var error = await _service.RecordAsync(_accountId, null, "111-1", _unknownSku, ["SKU-1", "2"]);
        var localization = new Mock<ILocalizationService>();
        localization.Setup(l => l.GetResourceAsync(AmazonSyncError.ResourceKeyFor("Test.UnknownSku")))
            .ReturnsAsync("SKU {0} unbekannt (Zeile {1})");

        var text = await new AmazonSyncErrorText(localization.Object).GetAsync(error);

        Assert.That(text, Is.EqualTo("SKU SKU-1 unbekannt (Zeile 2)"));
    }

    [TestCase("")]
    [TestCase("Plugins.Misc.AmazonChannel.SyncErrors.Test.UnknownSku")]
    [TestCase("{0} {1} {2}")]
    public async Task Text_MissingOrUnfitResource_ShowsTheStoredMessage(string resource)
    {
        var error = await _service.RecordAsync(_accountId, null, "111-1", _unknownSku, ["SKU-1", "2"]);
        var localization = new Mock<ILocalizationService>();
        localization.Setup(l => l.GetResourceAsync(It.IsAny<string>())).ReturnsAsync(resource);

        var text = await new AmazonSyncErrorText(localization.Object).GetAsync(error);

        Assert.That(text, Is.EqualTo(error.Message));
    }

    [Test]
    public async Task SettingsProvider_LoadsTheSettingsOfTheAccountsStore()
    {
        var settingService = new Mock<ISettingService>();
        var storeTwo = new AmazonChannelSettings { QueueBatchSize = 7 };
        settingService.Setup(s => s.LoadSettingAsync<AmazonChannelSettings>(2)).ReturnsAsync(storeTwo);
        settingService.Setup(s => s.LoadSettingAsync<AmazonChannelSettings>(0)).ReturnsAsync(new AmazonChannelSettings { QueueBatchSize = 15 });

        var settings = await new AmazonChannelSettingsProvider(settingService.Object).ForAccountAsync(new AmazonAccount { StoreId = 2 });

        Assert.That(settings, Is.SameAs(storeTwo));
    }

    private sealed class ManualTime(DateTime now) : TimeProvider
    {
        public DateTime Now { get; set; } = now;

        public override DateTimeOffset GetUtcNow() => new(Now, TimeSpan.Zero);
    }
}
