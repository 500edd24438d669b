namespace Nop.Core.Domain.Discounts;

/// <summary>Maps a discount to a product (stand-in: complete).</summary>
public partial class DiscountProductMapping : DiscountMapping
{
    /// <summary>The product identifier.</summary>
    public override int EntityId { get; set; }
}
