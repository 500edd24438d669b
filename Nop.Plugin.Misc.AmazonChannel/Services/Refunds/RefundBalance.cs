using Nop.Plugin.Misc.AmazonChannel.Domain;

namespace Nop.Plugin.Misc.AmazonChannel.Services.Refunds;

/// <summary>One component of a refund as an admin asks for it: a positive amount in the order's currency.</summary>
public sealed record RefundLine(string AmazonOrderItemId, AmazonRefundComponent Component, decimal Amount)
{
    /// <summary>The amount as Amazon gets it and the ledger keeps it (deductions negative).</summary>
    public decimal SignedAmount => RefundComponentRules.Signed(Component, Amount);
}

/// <summary>A refund line that would give back more than is left of what the buyer paid.</summary>
/// <remarks><see cref="Cap"/> is null when the item as a whole would be exceeded (goodwill and other extras).</remarks>
public sealed record RefundCapViolation(string AmazonOrderItemId, AmazonRefundComponent? Cap, decimal Requested, decimal Remaining);

/// <summary>
/// What the buyer paid and what was given back, per Amazon order item and charge, in the order's currency. Built by
/// <see cref="RefundLedger.GetBalanceAsync"/>; read-only.
/// </summary>
public sealed class RefundBalance
{
    private readonly Dictionary<(string Item, AmazonRefundComponent Cap), decimal> _paid = new();
    private readonly Dictionary<(string Item, AmazonRefundComponent Cap), decimal> _givenBack = new();
    private readonly Dictionary<string, decimal> _itemNetGivenBack = new(StringComparer.Ordinal);

    internal RefundBalance(string? currencyCode, IEnumerable<AmazonRefundLedgerEntry> entries)
    {
        CurrencyCode = currencyCode;
        foreach (var entry in entries.Where(e => e.Status != AmazonRefundLedgerEntryStatus.Released))
        {
            var key = (entry.AmazonOrderItemId, RefundComponentRules.CapOf(entry.Component));
            if (entry.Source == AmazonRefundLedgerSource.Charge)
            {
                _paid[key] = _paid.GetValueOrDefault(key) + entry.Amount;
                continue;
            }

            _itemNetGivenBack[entry.AmazonOrderItemId] = _itemNetGivenBack.GetValueOrDefault(entry.AmazonOrderItemId) + entry.Amount;
            if (RefundComponentRules.KindOf(entry.Component) == RefundComponentKind.Charged)
                _givenBack[key] = _givenBack.GetValueOrDefault(key) + entry.Amount;
        }
    }

    /// <summary>The order's currency as the charges were recorded in; null when no charge is known.</summary>
    public string? CurrencyCode { get; }

    /// <summary>True when the charges of the order are known (read from Amazon once).</summary>
    public bool HasCharges => _paid.Count > 0;

    public IReadOnlyCollection<string> Items => _paid.Keys.Select(key => key.Item).Distinct(StringComparer.Ordinal).ToList();

    public decimal Paid(string amazonOrderItemId, AmazonRefundComponent component) =>
        _paid.GetValueOrDefault((amazonOrderItemId, RefundComponentRules.CapOf(component)));

    public decimal GivenBack(string amazonOrderItemId, AmazonRefundComponent component) =>
        _givenBack.GetValueOrDefault((amazonOrderItemId, RefundComponentRules.CapOf(component)));

    /// <summary>What is left of the charge a component is capped by.</summary>
    public decimal Remaining(string amazonOrderItemId, AmazonRefundComponent component) =>
        Paid(amazonOrderItemId, component) - GivenBack(amazonOrderItemId, component);

    public decimal ItemPaid(string amazonOrderItemId) =>
        _paid.Where(pair => pair.Key.Item == amazonOrderItemId).Sum(pair => pair.Value);

    /// <summary>What is left of everything the buyer paid for the item, deductions counted.</summary>
    public decimal ItemRemaining(string amazonOrderItemId) =>
        ItemPaid(amazonOrderItemId) - _itemNetGivenBack.GetValueOrDefault(amazonOrderItemId);

    public decimal OrderRemaining => Items.Sum(ItemRemaining);

    /// <summary>
    /// The lines that would exceed what is left: per charge (components that share a cap added up), and per item for
    /// the net of every component (extras such as goodwill count there, deductions reduce it).
    /// </summary>
    public IReadOnlyList<RefundCapViolation> Check(IEnumerable<RefundLine> lines)
    {
        var list = lines.ToList();
        var violations = new List<RefundCapViolation>();
        foreach (var group in list.Where(l => RefundComponentRules.KindOf(l.Component) == RefundComponentKind.Charged)
                     .GroupBy(l => (l.AmazonOrderItemId, Cap: RefundComponentRules.CapOf(l.Component))))
        {
            var requested = group.Sum(l => l.Amount);
            var remaining = Remaining(group.Key.AmazonOrderItemId, group.Key.Cap);
            if (requested > remaining)
                violations.Add(new RefundCapViolation(group.Key.AmazonOrderItemId, group.Key.Cap, requested, remaining));
        }

        foreach (var item in list.GroupBy(l => l.AmazonOrderItemId))
        {
            var net = item.Sum(l => l.SignedAmount);
            var remaining = ItemRemaining(item.Key);
            if (net > remaining && item.Any(l => RefundComponentRules.KindOf(l.Component) == RefundComponentKind.Extra))
                violations.Add(new RefundCapViolation(item.Key, null, net, remaining));
        }

        return violations;
    }
}
