namespace Nop.Core.Domain.Catalog;

/// <summary>Gift card type.</summary>
public enum GiftCardType
{
    Virtual = 0,

    Physical = 1,
}
