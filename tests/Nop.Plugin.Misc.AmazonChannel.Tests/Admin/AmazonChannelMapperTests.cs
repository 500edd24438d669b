using Nop.Plugin.Misc.AmazonChannel.Domain;
using Nop.Plugin.Misc.AmazonChannel.Infrastructure.Mapper;
using Nop.Plugin.Misc.AmazonChannel.Models.Accounts;
using Nop.Plugin.Misc.AmazonChannel.Models.CarrierMappings;

namespace Nop.Plugin.Misc.AmazonChannel.Tests.Admin;

/// <summary>The plugin's AutoMapper profile on AutoMapper itself: complete, and the account's secrets never cross it.</summary>
public class AmazonChannelMapperTests
{
    private static AmazonAccount StoredAccount() => new()
    {
        Id = 7, Name = "EU", SellerId = "A1SELLER", RegionId = (int)AmazonRegion.Europe, MarketplaceIds = "A1PA6795UKMFR9,APJ6JRA9NG5V4",
        LwaClientId = "amzn1.application-oa2-client.x", LwaClientSecretEncrypted = "enc:the-secret", LwaClientSecretSetOnUtc = new DateTime(2026, 5, 1),
        RefreshTokenEncrypted = "enc:Atzr|the-token", StoreId = 2, Enabled = true,
        CreatedOnUtc = new DateTime(2026, 1, 1), UpdatedOnUtc = new DateTime(2026, 2, 1)
    };

    [Test]
    public void TheProfile_MapsOrIgnoresEveryMember()
    {
        Assert.DoesNotThrow(() => AmazonChannelMapper.Configuration.AssertConfigurationIsValid());
    }

    [Test]
    public void TheProfile_IsOrderedAfterNopCommercesOwn_AndBuildsWithoutArguments()
    {
        // nopCommerce creates every IOrderedMapperProfile with Activator.CreateInstance and sorts them by Order.
        var profile = (Nop.Core.Infrastructure.Mapper.IOrderedMapperProfile)Activator.CreateInstance(typeof(AmazonChannelMapperConfiguration))!;
        Assert.That(profile.Order, Is.GreaterThan(0));
    }

    [Test]
    public void AnAccount_ReachesItsPage_WithoutItsSecrets()
    {
        var model = StoredAccount().ToModel<AmazonAccountModel>();

        Assert.That((model.Id, model.Name, model.SellerId, model.RegionId, model.StoreId, model.Enabled, model.LwaClientId),
            Is.EqualTo((7, "EU", "A1SELLER", (int)AmazonRegion.Europe, 2, true, "amzn1.application-oa2-client.x")));
        Assert.That(model.SelectedMarketplaceIds, Is.EqualTo(new[] { "A1PA6795UKMFR9", "APJ6JRA9NG5V4" }));
        Assert.That(model.HasStoredSecrets, Is.True);
        Assert.That(model.LwaClientSecret, Is.Null);
        Assert.That(model.RefreshToken, Is.Null);
    }

    [Test]
    public void APostedPage_ChangesTheEditedFields_AndNeverTheSecretsIdOrDates()
    {
        var account = StoredAccount();
        var posted = new AmazonAccountModel
        {
            Id = 99, Name = " EU renamed ", SellerId = " A2SELLER ", RegionId = (int)AmazonRegion.FarEast, StoreId = 1, Enabled = false,
            LwaClientId = " client ", LwaClientSecret = "posted-secret", RefreshToken = "posted-token", HasStoredSecrets = false,
            SelectedMarketplaceIds = [" A1VC38T7YXB528 ", "", "A1VC38T7YXB528"]
        };

        posted.ToEntity(account);

        Assert.That((account.Name, account.SellerId, account.RegionId, account.StoreId, account.Enabled, account.LwaClientId, account.MarketplaceIds),
            Is.EqualTo(("EU renamed", "A2SELLER", (int)AmazonRegion.FarEast, 1, false, "client", "A1VC38T7YXB528")));
        var untouched = StoredAccount();
        Assert.That((account.Id, account.LwaClientSecretEncrypted, account.RefreshTokenEncrypted, account.LwaClientSecretSetOnUtc, account.CreatedOnUtc, account.UpdatedOnUtc),
            Is.EqualTo((untouched.Id, untouched.LwaClientSecretEncrypted, untouched.RefreshTokenEncrypted, untouched.LwaClientSecretSetOnUtc, untouched.CreatedOnUtc, untouched.UpdatedOnUtc)));
    }

    [Test]
    public void ACarrierMappingRow_IsTrimmed_AndEmptyOptionalValuesAreNone()
    {
        var mapping = new AmazonCarrierMapping { Id = 3, NopShippingValue = "Ground", CarrierCode = "UPS", CreatedOnUtc = new DateTime(2026, 1, 1) };
        var row = mapping.ToModel<CarrierMappingModel>();
        Assert.That((row.Id, row.NopShippingValue, row.CarrierCode, row.CarrierName), Is.EqualTo((3, "Ground", "UPS", (string?)null)));

        (row with { Id = 50, NopShippingValue = " Van ", CarrierCode = " Other ", CarrierName = " Courier ", ShippingMethod = "  " }).ToEntity(mapping);

        Assert.That((mapping.Id, mapping.NopShippingValue, mapping.CarrierCode, mapping.CarrierName, mapping.ShippingMethod, mapping.CreatedOnUtc),
            Is.EqualTo((3, "Van", "Other", "Courier", (string?)null, new DateTime(2026, 1, 1))));
    }
}
