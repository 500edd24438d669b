using Nop.Plugin.Misc.AmazonChannel.Domain;

namespace Nop.Plugin.Misc.AmazonChannel.Tests.Data;

public class UniqueKeyTests : DatabaseTestBase
{
    [Test]
    public async Task SecondLinkForTheSameAmazonOrder_IsRejected()
    {
        var account = await EntityFactory.InsertAccountAsync(Database);
        await EntityFactory.InsertOrderLinkAsync(Database, account.Id, "113-2222222-2222222");

        Assert.That(async () => await EntityFactory.InsertOrderLinkAsync(Database, account.Id, "113-2222222-2222222"),
            Throws.Exception.With.Message.Contains("UNIQUE"));

        var links = await Database.GetRepository<AmazonOrderLink>().GetAllAsync(query => query.Where(link => link.AmazonOrderId == "113-2222222-2222222"));
        Assert.That(links, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task SameAmazonOrderIdOnAnotherAccount_IsAllowed()
    {
        var first = await EntityFactory.InsertAccountAsync(Database, "A1FIRST");
        var second = await EntityFactory.InsertAccountAsync(Database, "A2SECOND");
        await EntityFactory.InsertOrderLinkAsync(Database, first.Id, "113-3333333-3333333");

        await EntityFactory.InsertOrderLinkAsync(Database, second.Id, "113-3333333-3333333");

        var links = await Database.GetRepository<AmazonOrderLink>().GetAllAsync(query => query.Where(link => link.AmazonOrderId == "113-3333333-3333333"));
        Assert.That(links, Has.Count.EqualTo(2));
    }

    [Test]
    public async Task SecondOutboundRequestWithTheSameIdempotencyKey_IsRejected()
    {
        var account = await EntityFactory.InsertAccountAsync(Database);
        var repository = Database.GetRepository<AmazonOutboundRequest>();
        AmazonOutboundRequest Request() => new()
        {
            AccountId = account.Id,
            AmazonOrderId = "113-4444444-4444444",
            Kind = AmazonOutboundRequestKind.ShipmentConfirmation,
            State = AmazonOutboundRequestState.Pending,
            IdempotencyKey = "shipment:42",
            Payload = "{}"
        };
        await repository.InsertAsync(Request());

        Assert.That(async () => await repository.InsertAsync(Request()), Throws.Exception.With.Message.Contains("UNIQUE"));
    }

    [Test]
    public async Task SecondItemLinkForTheSameAmazonOrderItem_IsRejected()
    {
        var account = await EntityFactory.InsertAccountAsync(Database);
        var link = await EntityFactory.InsertOrderLinkAsync(Database, account.Id, "113-5555555-5555555");
        var repository = Database.GetRepository<AmazonOrderItemLink>();
        await repository.InsertAsync(new AmazonOrderItemLink { OrderLinkId = link.Id, AmazonOrderItemId = "12345678901234", SellerSku = "SKU-1", QuantityOrdered = 1 });

        Assert.That(async () => await repository.InsertAsync(new AmazonOrderItemLink { OrderLinkId = link.Id, AmazonOrderItemId = "12345678901234", SellerSku = "SKU-1", QuantityOrdered = 1 }),
            Throws.Exception.With.Message.Contains("UNIQUE"));
    }

    [Test]
    public async Task SecondCheckpointForTheSameAccountMarketplaceAndFlow_IsRejected()
    {
        var account = await EntityFactory.InsertAccountAsync(Database);
        var repository = Database.GetRepository<AmazonSyncCheckpoint>();
        AmazonSyncCheckpoint Checkpoint() => new() { AccountId = account.Id, MarketplaceId = "ATVPDKIKX0DER", SyncKind = AmazonSyncKind.Orders, SyncedUpToUtc = DateTime.UtcNow };
        await repository.InsertAsync(Checkpoint());

        Assert.That(async () => await repository.InsertAsync(Checkpoint()), Throws.Exception.With.Message.Contains("UNIQUE"));
    }
}
