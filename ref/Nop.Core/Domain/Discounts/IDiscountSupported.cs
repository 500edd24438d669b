namespace Nop.Core.Domain.Discounts;

/// <summary>An entity that discounts can be applied to.</summary>
public partial interface IDiscountSupported<T> where T : DiscountMapping
{
    int Id { get; set; }
}
