using Moq;
using Nop.Core.Domain.Catalog;
using Nop.Data;
using Nop.Plugin.Misc.AmazonChannel.Localization;
using Nop.Plugin.Misc.AmazonChannel.Models.SkuMappings;
using Nop.Plugin.Misc.AmazonChannel.Validators;

namespace Nop.Plugin.Misc.AmazonChannel.Tests.Admin;

/// <summary>The SKU mapping form's rules: a seller SKU and an existing product, told with the page's one message.</summary>
public class SkuMappingAddModelValidatorTests
{
    private SkuMappingAddModelValidator _validator = null!;

    [SetUp]
    public void SetUp()
    {
        var products = new Mock<IRepository<Product>>();
        products.Setup(r => r.Table).Returns(() => new List<Product> { new() { Id = 5, Name = "Mug" }, new() { Id = 6, Name = "Old mug", Deleted = true } }.AsQueryable());
        _validator = new SkuMappingAddModelValidator(products.Object, AdminTestKit.PluginResources().Object);
    }

    [TestCase("MUG-1", 5, true)]
    [TestCase("MUG-1", 6, true)]
    [TestCase("  ", 5, false)]
    [TestCase(null, 5, false)]
    [TestCase("MUG-1", 7, false)]
    [TestCase("MUG-1", 0, false)]
    public void ASkuAndAnExistingProduct_AreNeeded(string? sku, int productId, bool valid)
    {
        var result = _validator.Validate(new SkuMappingAddModel { NewSellerSku = sku, NewProductId = productId });

        Assert.That(result.IsValid, Is.EqualTo(valid));
        Assert.That(result.Errors.Select(error => error.ErrorMessage).Distinct(),
            valid ? Is.Empty : Is.EqualTo(new[] { AmazonChannelLocaleResources.All["Plugins.Misc.AmazonChannel.SkuMappings.Invalid"] }));
    }
}
