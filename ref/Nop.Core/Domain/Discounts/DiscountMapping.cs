namespace Nop.Core.Domain.Discounts;

/// <summary>Base of the discount-to-entity mappings (stand-in: complete).</summary>
public abstract partial class DiscountMapping : BaseEntity
{
    /// <summary>Hides <see cref="BaseEntity.Id"/> (get-only), as in nopCommerce.</summary>
    public new int Id { get; }

    public int DiscountId { get; set; }

    public abstract int EntityId { get; set; }
}
