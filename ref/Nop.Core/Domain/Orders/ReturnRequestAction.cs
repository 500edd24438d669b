using Nop.Core.Domain.Localization;

namespace Nop.Core.Domain.Orders;

/// <summary>A return request action (stand-in: all stock 4.90 properties).</summary>
public partial class ReturnRequestAction : BaseEntity, ILocalizedEntity
{
    public string Name { get; set; }

    public int DisplayOrder { get; set; }
}
