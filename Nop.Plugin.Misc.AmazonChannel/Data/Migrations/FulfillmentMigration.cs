using System.Data;
using FluentMigrator;
using Nop.Data.Migrations;

namespace Nop.Plugin.Misc.AmazonChannel.Data.Migrations;

/// <summary>The outbox's feed table and the carrier mapping table of the shipment flow.</summary>
[NopMigration("2026/12/05 11:00:00", "Misc.AmazonChannel fulfillment: outbound feeds, carrier mapping", MigrationProcessType.Installation)]
public class FulfillmentMigration : Migration
{
    private const int AmazonIdLength = 50;
    private const int KeyLength = 200;

    public override void Up()
    {
        Create.Table(AmazonChannelTables.OutboundFeed)
            .WithColumn("Id").AsInt32().PrimaryKey().Identity()
            .WithColumn("AccountId").AsInt32().NotNullable()
                .ForeignKey("FK_AmazonChannelOutboundFeed_Account", AmazonChannelTables.Account, "Id").OnDelete(Rule.Cascade)
            .WithColumn("BatchId").AsGuid().NotNullable()
            .WithColumn("KindId").AsInt32().NotNullable()
            .WithColumn("FeedType").AsString(AmazonIdLength).NotNullable()
            .WithColumn("MarketplaceId").AsString(AmazonIdLength).NotNullable()
            .WithColumn("MessageCount").AsInt32().NotNullable()
            .WithColumn("FeedDocumentId").AsString(KeyLength).Nullable()
            .WithColumn("FeedId").AsString(AmazonIdLength).Nullable()
            .WithColumn("ProcessingStatus").AsString(AmazonIdLength).Nullable()
            .WithColumn("ProblemReported").AsBoolean().NotNullable()
            .WithColumn("CreatedOnUtc").AsDateTime2().NotNullable()
            .WithColumn("SubmittedOnUtc").AsDateTime2().Nullable()
            .WithColumn("CompletedOnUtc").AsDateTime2().Nullable();

        Create.Index("IX_AmazonChannelOutboundFeed_BatchId").OnTable(AmazonChannelTables.OutboundFeed)
            .OnColumn("BatchId").Ascending()
            .WithOptions().Unique();

        Create.Index("IX_AmazonChannelOutboundFeed_AccountId_FeedType").OnTable(AmazonChannelTables.OutboundFeed)
            .OnColumn("AccountId").Ascending()
            .OnColumn("FeedType").Ascending();

        Create.Table(AmazonChannelTables.CarrierMapping)
            .WithColumn("Id").AsInt32().PrimaryKey().Identity()
            .WithColumn("NopShippingValue").AsString(KeyLength).NotNullable()
            .WithColumn("CarrierCode").AsString(AmazonIdLength).NotNullable()
            .WithColumn("CarrierName").AsString(AmazonIdLength).Nullable()
            .WithColumn("ShippingMethod").AsString(AmazonIdLength).Nullable()
            .WithColumn("CreatedOnUtc").AsDateTime2().NotNullable()
            .WithColumn("UpdatedOnUtc").AsDateTime2().NotNullable();

        Create.Index("IX_AmazonChannelCarrierMapping_NopShippingValue").OnTable(AmazonChannelTables.CarrierMapping)
            .OnColumn("NopShippingValue").Ascending()
            .WithOptions().Unique();
    }

    public override void Down()
    {
        foreach (var table in new[] { AmazonChannelTables.CarrierMapping, AmazonChannelTables.OutboundFeed })
        {
            if (Schema.Table(table).Exists())
                Delete.Table(table);
        }
    }
}
