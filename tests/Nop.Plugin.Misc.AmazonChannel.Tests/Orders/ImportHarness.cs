using Nop.Data;
using Nop.Plugin.Misc.AmazonChannel.Domain;
using Nop.Plugin.Misc.AmazonChannel.Services;
using Nop.Plugin.Misc.AmazonChannel.Services.Orders;
using Nop.Plugin.Misc.AmazonChannel.Services.Orders.Mapping;
using Nop.Plugin.Misc.AmazonChannel.Tests.Data;
using Nop.Plugin.Misc.AmazonChannel.Tests.Infrastructure;

namespace Nop.Plugin.Misc.AmazonChannel.Tests.Orders;

/// <summary>
/// The order import wired as nopCommerce would wire it: the plugin's tables on the SQLite test database, nopCommerce's
/// services from <see cref="FakeNopStore"/>, every write counted by one <see cref="CrashPlan"/>.
/// </summary>
public sealed class ImportHarness : IDisposable
{
    public ImportHarness()
    {
        Database = new TestDatabase();
        Store = new FakeNopStore(Crash);
        Settings = AmazonChannelDefaults.CreateDefaultSettings();
        Account = new AmazonAccount { Name = "US", SellerId = "A1SELLER", Region = AmazonRegion.NorthAmerica, MarketplaceIds = "ATVPDKIKX0DER", LwaClientId = "client", LwaClientSecretEncrypted = "x", RefreshTokenEncrypted = "y", Enabled = true };
        Database.GetRepository<AmazonAccount>().Insert(Account);
    }

    public TestDatabase Database { get; }

    public CrashPlan Crash { get; } = new();

    public FakeNopStore Store { get; }

    public AmazonChannelSettings Settings { get; }

    public AmazonAccount Account { get; }

    public IRepository<T> Repository<T>() where T : Nop.Core.BaseEntity => new CrashingRepository<T>(Database.GetRepository<T>(), Crash);

    /// <summary>A fresh importer, as a new request scope (or a restarted process) would build it.</summary>
    public AmazonOrderImporter CreateImporter(Nop.Core.Caching.ILocker? locker = null)
    {
        var time = TimeProvider.System;
        var linkStore = new AmazonOrderLinkStore(Repository<AmazonOrderLink>(), Repository<AmazonOrderItemLink>(), time);
        var errors = new AmazonSyncErrorService(Repository<AmazonSyncError>(), time);
        var mapper = new AmazonOrderMapper(
            new AmazonCustomerResolver(Settings, Store.CustomerService.Object),
            new AmazonAddressMapper(Store.CountryService.Object, Store.StateProvinceService.Object, time),
            new AmazonProductResolver(Repository<AmazonSkuMapping>(), Store.ProductService.Object, Store.ProductAttributeService.Object),
            new AmazonOrderNotesBuilder(),
            Store.CurrencyService.Object,
            Store.CurrencySettings,
            Store.StoreContext.Object);
        var writer = new NativeOrderWriter(Store.OrderService.Object, Store.AddressService.Object, Store.ProductService.Object, linkStore, time);
        var status = new AmazonOrderStatusSynchronizer(Store.OrderService.Object, Store.OrderProcessingService.Object, Store.EventPublisher.Object, linkStore, errors, time);
        return new AmazonOrderImporter(Settings, linkStore, mapper, writer, status, errors, Store.EventPublisher.Object, locker ?? Store.Locker, Store.Logger.Object);
    }

    public FakeOrderSource Source { get; } = new();

    public ManualTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero));

    /// <summary>Stores secrets as given: these tests are about the import, not about encryption.</summary>
    public AmazonAccountService AccountService(TimeProvider time)
    {
        var encryption = new Moq.Mock<Nop.Services.Security.IEncryptionService>();
        encryption.Setup(e => e.EncryptText(Moq.It.IsAny<string>(), Moq.It.IsAny<string>())).Returns((string plain, string _) => plain);
        encryption.Setup(e => e.DecryptText(Moq.It.IsAny<string>(), Moq.It.IsAny<string>())).Returns((string cipher, string _) => cipher);
        return new AmazonAccountService(Repository<AmazonAccount>(), encryption.Object, time);
    }

    public AmazonOrderImportService CreateImportService(IAmazonOrderSource? source = null, TimeProvider? time = null)
    {
        time ??= Time;
        var linkStore = new AmazonOrderLinkStore(Repository<AmazonOrderLink>(), Repository<AmazonOrderItemLink>(), time);
        return new AmazonOrderImportService(Settings, AccountService(time), source ?? Source, CreateImporter(), linkStore,
            new AmazonSyncCheckpointStore(Repository<AmazonSyncCheckpoint>(), time),
            new AmazonSyncErrorService(Repository<AmazonSyncError>(), time),
            new AmazonSyncLog(Repository<AmazonSyncLogEntry>(), time),
            Store.Locker, Store.Logger.Object, time);
    }

    public Task<OrderImportOutcome> ImportAsync(AmazonOrderSnapshot order) => CreateImporter().ImportAsync(Account, order);

    public async Task<AmazonOrderLink> LinkAsync(string amazonOrderId) =>
        (await Database.GetRepository<AmazonOrderLink>().GetAllAsync(q => q.Where(l => l.AmazonOrderId == amazonOrderId))).Single();

    public async Task<IList<AmazonOrderItemLink>> ItemLinksAsync(int linkId) =>
        await Database.GetRepository<AmazonOrderItemLink>().GetAllAsync(q => q.Where(i => i.OrderLinkId == linkId));

    public Task<IList<AmazonSyncError>> OpenErrorsAsync() => Database.GetRepository<AmazonSyncError>().GetAllAsync(q => q.Where(e => !e.IsResolved));

    public void Dispose() => Database.Dispose();
}
