using Nop.Core;
using Nop.Plugin.Misc.AmazonChannel.Domain;

namespace Nop.Plugin.Misc.AmazonChannel.Tests.Data;

public class EntityRoundTripTests : DatabaseTestBase
{
    [Test]
    public async Task Account_RoundTrips()
    {
        var account = await EntityFactory.InsertAccountAsync(Database);

        await AssertStoredAsync(account);
    }

    [Test]
    public async Task OrderLink_RoundTrips()
    {
        var account = await EntityFactory.InsertAccountAsync(Database);
        var link = await EntityFactory.InsertOrderLinkAsync(Database, account.Id, "113-0000000-0000001");

        await AssertStoredAsync(link);
    }

    [Test]
    public async Task OrderLink_NullableColumnsRoundTripAsNull()
    {
        var account = await EntityFactory.InsertAccountAsync(Database);
        var link = new AmazonOrderLink { AccountId = account.Id, AmazonOrderId = "113-0000000-0000002", MarketplaceId = "ATVPDKIKX0DER", AmazonOrderStatus = AmazonOrderStatus.Pending };
        await Database.GetRepository<AmazonOrderLink>().InsertAsync(link);

        var stored = await Database.GetRepository<AmazonOrderLink>().GetByIdAsync(link.Id);

        Assert.That(stored.OrderId, Is.Null);
        Assert.That(stored.LastError, Is.Null);
        Assert.That(stored.PurchaseDateUtc, Is.Null);
    }

    [Test]
    public async Task OrderItemLink_RoundTrips()
    {
        var link = await InsertOrderLinkAsync();
        var item = EntityFactory.Filled<AmazonOrderItemLink>();
        item.OrderLinkId = link.Id;
        await Database.GetRepository<AmazonOrderItemLink>().InsertAsync(item);

        await AssertStoredAsync(item);
    }

    [Test]
    public async Task OutboundRequest_RoundTrips()
    {
        var link = await InsertOrderLinkAsync();
        var request = EntityFactory.Filled<AmazonOutboundRequest>();
        request.AccountId = link.AccountId;
        request.OrderLinkId = link.Id;
        await Database.GetRepository<AmazonOutboundRequest>().InsertAsync(request);

        await AssertStoredAsync(request);
    }

    [Test]
    public async Task SyncCheckpoint_RoundTrips()
    {
        var account = await EntityFactory.InsertAccountAsync(Database);
        var checkpoint = EntityFactory.Filled<AmazonSyncCheckpoint>();
        checkpoint.AccountId = account.Id;
        await Database.GetRepository<AmazonSyncCheckpoint>().InsertAsync(checkpoint);

        await AssertStoredAsync(checkpoint);
    }

    [Test]
    public async Task SyncError_RoundTrips()
    {
        var link = await InsertOrderLinkAsync();
        var error = EntityFactory.Filled<AmazonSyncError>();
        error.AccountId = link.AccountId;
        error.OrderLinkId = link.Id;
        await Database.GetRepository<AmazonSyncError>().InsertAsync(error);

        await AssertStoredAsync(error);
    }

    [Test]
    public async Task SkuMapping_RoundTrips()
    {
        var mapping = EntityFactory.Filled<AmazonSkuMapping>();
        await Database.GetRepository<AmazonSkuMapping>().InsertAsync(mapping);

        await AssertStoredAsync(mapping);
    }

    [Test]
    public async Task SyncLogEntry_RoundTrips()
    {
        var entry = EntityFactory.Filled<AmazonSyncLogEntry>();
        await Database.GetRepository<AmazonSyncLogEntry>().InsertAsync(entry);

        await AssertStoredAsync(entry);
    }

    [Test]
    public async Task Update_ChangesTheStoredRow()
    {
        var link = await InsertOrderLinkAsync();
        link.SyncStatus = AmazonOrderSyncStatus.Failed;
        link.LastError = "Unknown SKU 'ABC'";

        await Database.GetRepository<AmazonOrderLink>().UpdateAsync(link);

        var stored = await Database.GetRepository<AmazonOrderLink>().GetByIdAsync(link.Id);
        Assert.That(stored.SyncStatus, Is.EqualTo(AmazonOrderSyncStatus.Failed));
        Assert.That(stored.LastError, Is.EqualTo("Unknown SKU 'ABC'"));
    }

    [Test]
    public async Task DeletingAnAccount_CascadesToItsOrderLinksAndItems()
    {
        var link = await InsertOrderLinkAsync();
        var item = EntityFactory.Filled<AmazonOrderItemLink>();
        item.OrderLinkId = link.Id;
        await Database.GetRepository<AmazonOrderItemLink>().InsertAsync(item);

        await Database.GetRepository<AmazonAccount>().DeleteAsync(new AmazonAccount { Id = link.AccountId });

        Assert.That(await Database.GetRepository<AmazonOrderLink>().GetAllAsync(query => query), Is.Empty);
        Assert.That(await Database.GetRepository<AmazonOrderItemLink>().GetAllAsync(query => query), Is.Empty);
    }

    [Test]
    public async Task GetAllPaged_PagesWithTotalCount()
    {
        var account = await EntityFactory.InsertAccountAsync(Database);
        for (var i = 0; i < 7; i++)
            await EntityFactory.InsertOrderLinkAsync(Database, account.Id, $"113-0000000-000000{i}");

        var page = await Database.GetRepository<AmazonOrderLink>()
            .GetAllPagedAsync(query => query.OrderBy(link => link.AmazonOrderId), pageIndex: 1, pageSize: 3);

        Assert.That(page.TotalCount, Is.EqualTo(7));
        Assert.That(page.Select(link => link.AmazonOrderId), Is.EqualTo(new[] { "113-0000000-0000003", "113-0000000-0000004", "113-0000000-0000005" }));
    }

    private async Task<AmazonOrderLink> InsertOrderLinkAsync()
    {
        var account = await EntityFactory.InsertAccountAsync(Database);
        return await EntityFactory.InsertOrderLinkAsync(Database, account.Id, "113-1111111-1111111");
    }

    private async Task AssertStoredAsync<TEntity>(TEntity expected) where TEntity : BaseEntity
    {
        Assert.That(expected.Id, Is.GreaterThan(0), "insert must assign an identity");
        var stored = await Database.GetRepository<TEntity>().GetByIdAsync(expected.Id);
        EntityFactory.AssertColumnsEqual(expected, stored);
    }
}
