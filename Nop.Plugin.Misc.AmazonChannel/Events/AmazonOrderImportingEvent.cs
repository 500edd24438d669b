using Nop.Plugin.Misc.AmazonChannel.Domain;
using Nop.Plugin.Misc.AmazonChannel.Services.Orders;

namespace Nop.Plugin.Misc.AmazonChannel.Events;

/// <summary>
/// Published before an Amazon order is written as a store order. Handlers may change <see cref="Plan"/> (order fields,
/// addresses, notes) or call <see cref="Veto"/> to keep the order out of the store (it stays in the Amazon orders grid).
/// </summary>
public sealed class AmazonOrderImportingEvent
{
    public AmazonOrderImportingEvent(AmazonAccount account, AmazonOrderSnapshot amazonOrder, NativeOrderPlan plan)
    {
        Account = account;
        AmazonOrder = amazonOrder;
        Plan = plan;
    }

    public AmazonAccount Account { get; }

    public AmazonOrderSnapshot AmazonOrder { get; }

    public NativeOrderPlan Plan { get; }

    public bool IsVetoed { get; private set; }

    public string? VetoReason { get; private set; }

    public void Veto(string reason)
    {
        IsVetoed = true;
        VetoReason = reason;
    }
}
