using Nop.Core.Domain.Orders;

namespace Nop.Services.Orders;

/// <summary>Builds custom numbers (stand-in: a subset of the members).</summary>
public partial interface ICustomNumberFormatter
{
    string GenerateOrderCustomNumber(Order order);
}
