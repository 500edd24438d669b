using Nop.Core.Domain.Localization;

namespace Nop.Core.Domain.Orders;

/// <summary>A return request reason (stand-in: all stock 4.90 properties).</summary>
public partial class ReturnRequestReason : BaseEntity, ILocalizedEntity
{
    public string Name { get; set; }

    public int DisplayOrder { get; set; }
}
