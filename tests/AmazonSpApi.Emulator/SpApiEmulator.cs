namespace AmazonSpApi.Emulator;

/// <summary>One request seen by the emulator. <see cref="StatusCode"/> is 0 when a timeout fault gave no response.</summary>
public sealed record RecordedRequest(string Operation, string Method, string PathAndQuery, int StatusCode, DateTimeOffset At)
{
    public string? SellerId { get; init; }
    public string? Host { get; init; }
}

/// <summary>
/// Local Amazon Selling Partner API emulator: LWA tokens, Orders 2026-01-01 (searchOrders, getOrder), Orders v0
/// confirmShipment, Feeds, Reports, Tokens and Sellers, with Amazon's rate limits and seeded faults, in virtual time.
/// Use <see cref="CreateHandler"/> for in-process HttpClients, or <see cref="RunAsync"/> to host it on Kestrel.
/// </summary>
public sealed class SpApiEmulator
{
    private readonly EmulatorCore _core;

    public SpApiEmulator(EmulatorOptions options, VirtualTimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        Options = options;
        Time = time ?? new VirtualTimeProvider(new DateTimeOffset(2026, 3, 2, 12, 0, 0, TimeSpan.Zero));
        _core = new EmulatorCore(options, Time);
    }

    public VirtualTimeProvider Time { get; }

    public EmulatorOptions Options { get; }

    /// <summary>The seller's state, brought up to the current virtual time first (pending orders, due feeds and reports).</summary>
    public EmulatedSeller State => _core.Synchronized(_ => _core.State);

    public IReadOnlyList<RecordedRequest> Requests => _core.Requests;

    /// <summary>Names of the SP-API operations served (model operationIds).</summary>
    public IReadOnlyList<string> OperationNames => _core.Operations.Select(o => o.Name).ToArray();

    /// <summary>
    /// In-process transport. Serves <c>POST https://api.amazon.com/auth/o2/token</c>, every SP-API path on any host
    /// (regional, sandbox or an override) and the presigned document URLs.
    /// </summary>
    public HttpMessageHandler CreateHandler() => new EmulatorHandler(_core);

    /// <summary>Forces a storm of <paramref name="count"/> consecutive 429s on the next calls of <paramref name="operation"/>.</summary>
    public void StartThrottleStorm(string operation, int count) => _core.Synchronized(_ =>
    {
        _core.Faults.StartStorm(operation, count);
        return 0;
    });

    /// <summary>
    /// The next <paramref name="count"/> SP-API calls with a live access token revoke it and get Amazon's 403
    /// (details "The access token you provided is revoked, malformed or invalid."); see <see cref="FaultOptions.RevokeAccessTokens"/>.
    /// </summary>
    public void RevokeAccessTokens(int count = 1) => _core.Synchronized(_ =>
    {
        _core.Auth.ArmRevocations(count);
        return 0;
    });

    /// <summary>Creates a settlement report (DONE at once) covering activity since the previous one, as Amazon does periodically.</summary>
    public string GenerateSettlementReport() => _core.Synchronized(now => _core.Reports.CreateSettlementReport(now).ReportId);

    /// <summary>Amazon-side cancellation of an order (e.g. to test how a client notices it). Unshipped quantities are cancelled.</summary>
    public void CancelOrderByAmazon(string orderId, string reason = "Order cancelled by Amazon") => _core.Synchronized(now =>
    {
        var order = _core.State.GetOrder(orderId);
        foreach (var item in order.ItemList.Where(i => i.QuantityUnshipped > 0))
        {
            item.QuantityCancelled += item.QuantityUnshipped;
            item.CancelledBy = "AMAZON";
            item.CancelReason = reason;
        }

        order.RecomputeStatus(now);
        order.LastUpdatedTime = now;
        return 0;
    });

    /// <summary>
    /// New orders arrive now (placed three minutes before the current virtual time), drawn with the same seeded
    /// generator and mix as the initial ones (continuing the order index). Returns their ids.
    /// </summary>
    public IReadOnlyList<string> AddOrders(int count) => _core.Synchronized(now =>
    {
        var state = _core.State;
        var orders = OrderGenerator.GenerateMore(Options, state.OrderList.Count, count, now, state.OrderMap.Keys);
        foreach (var order in orders)
            state.Add(order);
        return (IReadOnlyList<string>)orders.Select(o => o.OrderId).ToArray();
    });

    /// <summary>Hosts the emulator on Kestrel (loopback only). Arguments: --urls, see docs/emulator.md.</summary>
    public Task<int> RunAsync(string[] args) => EmulatorHost.RunAsync(this, _core, args);
}
