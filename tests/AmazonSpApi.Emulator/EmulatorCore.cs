namespace AmazonSpApi.Emulator;

/// <summary>
/// The request pipeline shared by the in-process handler and the Kestrel host:
/// world tick -> documents / LWA / admin -> route -> auth (403) -> faults and rate limit (429/5xx/timeout) -> handler.
/// All state changes happen under one lock, so the emulator is safe for concurrent clients.
/// </summary>
internal sealed class EmulatorCore
{
    private readonly Lock _gate = new();
    private readonly List<RecordedRequest> _requests = [];
    private readonly Router _router = new();
    private long _requestIds;

    public EmulatorCore(EmulatorOptions options, VirtualTimeProvider time)
    {
        Options = options;
        Time = time;
        foreach (var id in options.MarketplaceIds)
            Marketplaces.Get(id);
        if (options.MarketplaceIds.Length == 0)
            throw new ArgumentException("At least one marketplace id is required.", nameof(options));
        if (options.XsdDirectory is { } xsdDirectory)
            FeedSchemas.RequireAmazonFeedSchemas(xsdDirectory);

        var now = time.GetUtcNow();
        State = new EmulatedSeller(options.SellerId, options.MarketplaceIds.Select(Marketplaces.Get));
        foreach (var order in OrderGenerator.Generate(options, now))
            State.Add(order);

        Faults = new FaultInjector(options.Seed, options.Faults);
        Auth = new LwaAuthority(options, options.Seed);
        Limits = new RateLimiter();
        Documents = new DocumentStore(options, State, Faults, options.Seed);
        Feeds = new FeedProcessor(this);
        Reports = new ReportBuilder(this);
        Pages = new PaginationCursors(options.Seed);

        OrdersApi.Register(_router);
        ShipmentApi.Register(_router);
        FeedsApi.Register(_router);
        ReportsApi.Register(_router);
        TokensAndSellersApi.Register(_router);

        if (options.InitialSettlementReport)
            Reports.CreateSettlementReport(now);
    }

    public EmulatorOptions Options { get; }
    public VirtualTimeProvider Time { get; }
    public EmulatedSeller State { get; }
    public FaultInjector Faults { get; }
    public LwaAuthority Auth { get; }
    public RateLimiter Limits { get; }
    public DocumentStore Documents { get; }
    public FeedProcessor Feeds { get; }
    public ReportBuilder Reports { get; }
    public PaginationCursors Pages { get; }
    public IReadOnlyList<Operation> Operations => _router.Operations;

    public IReadOnlyList<RecordedRequest> Requests
    {
        get
        {
            lock (_gate)
                return _requests.ToArray();
        }
    }

    /// <summary>Runs <paramref name="action"/> under the state lock after bringing the world up to the current time.</summary>
    public T Synchronized<T>(Func<DateTimeOffset, T> action)
    {
        lock (_gate)
        {
            var now = Time.GetUtcNow();
            Tick(now);
            return action(now);
        }
    }

    public async Task<EmulatorResponse> ProcessAsync(EmulatorRequest request, CancellationToken cancellationToken)
    {
        EmulatorResponse response;
        string operation;
        FaultKind fault;
        lock (_gate)
        {
            var now = Time.GetUtcNow();
            Tick(now);
            (response, operation, fault) = Dispatch(request, now);
            _requests.Add(new RecordedRequest(operation, request.Method, request.PathAndQuery, fault == FaultKind.Timeout ? 0 : response.Status, now)
            {
                SellerId = Options.SellerId,
                Host = request.Url.Host,
            });
        }

        if (fault != FaultKind.Timeout)
            return response;

        await Task.Delay(Options.Faults.TimeoutAfter, Time, cancellationToken).ConfigureAwait(false);
        throw new TaskCanceledException(
            $"The request was canceled due to the configured HttpClient.Timeout of {Options.Faults.TimeoutAfter.TotalSeconds} seconds elapsing (emulated timeout fault).",
            new TimeoutException("The operation was canceled (emulated timeout)."));
    }

    private (EmulatorResponse, string, FaultKind) Dispatch(EmulatorRequest request, DateTimeOffset now)
    {
        if (DocumentStore.IsDocumentUrl(request.Url))
        {
            var (docResponse, docOperation) = Documents.Handle(request, now);
            return (docResponse, docOperation, FaultKind.None);
        }

        if (request.Path.Equals("/auth/o2/token", StringComparison.OrdinalIgnoreCase))
            return (Auth.HandleTokenRequest(request, now), "lwaToken", FaultKind.None);

        if (request.Path.StartsWith("/_emulator/", StringComparison.Ordinal))
            return (AdminApi.Handle(this, request, now), "emulatorAdmin", FaultKind.None);

        var (operation, values) = _router.Match(request.Method, request.Path);
        if (operation is null)
            return (WithRequestId(EmulatorResponse.NotFound("Resource not found.", $"No SP-API operation matches {request.Method} {request.Path}.")), "unknown", FaultKind.None);

        var context = new RequestContext { Request = request, Query = new QueryParameters(request.Url), Route = values, Now = now, Core = this };
        var requiresRdt = operation.RequiresRestrictedToken?.Invoke(context) ?? false;
        var (token, authError) = Auth.Authorize(request, now, requiresRdt);
        if (authError is not null)
            return (WithRequestId(authError), operation.Name, FaultKind.None);
        context.Token = token;

        var fault = Faults.NextRequestFault(operation.Name, out _);
        switch (fault)
        {
            case FaultKind.Throttle:
                return (WithRequestId(EmulatorResponse.QuotaExceeded()), operation.Name, fault);
            case FaultKind.ServerError500:
                return (WithRequestId(EmulatorResponse.Error(500, "InternalFailure", "We encountered an internal error. Please try again.")), operation.Name, fault);
            case FaultKind.ServiceUnavailable503:
                return (WithRequestId(EmulatorResponse.Error(503, "ServiceUnavailable", "Service temporarily unavailable. Please try again.")), operation.Name, fault);
            case FaultKind.Timeout:
                return (EmulatorResponse.Empty(0), operation.Name, fault);
        }

        var plan = UsagePlans.For(operation.Name);
        if (Options.EnforceRateLimits && plan is not null && !Limits.TryAcquire(token!.SellerId, operation.Name, plan, now))
            return (WithRequestId(EmulatorResponse.QuotaExceeded()), operation.Name, FaultKind.Throttle);

        var response = operation.Handler(context);
        if (response.Status is >= 200 and < 300 && Faults.Decide("lostAnswer", operation.Name, Faults.Calls(operation.Name), Options.Faults.LostAnswer))
            return (WithRequestId(response), operation.Name, FaultKind.Timeout);
        if (plan is not null && (response.Status is >= 200 and < 300 or 400 or 404))
            response.Headers["x-amzn-RateLimit-Limit"] = plan.HeaderValue;
        return (WithRequestId(response), operation.Name, FaultKind.None);
    }

    private EmulatorResponse WithRequestId(EmulatorResponse response)
    {
        var r = StableRandom.For(Options.Seed, "requestId", ++_requestIds);
        Span<byte> bytes = stackalloc byte[16];
        BitConverter.TryWriteBytes(bytes, r.NextUInt64());
        BitConverter.TryWriteBytes(bytes[8..], r.NextUInt64());
        response.Headers["x-amzn-RequestId"] = new Guid(bytes).ToString();
        return response;
    }

    /// <summary>
    /// Applies every event due up to <paramref name="now"/> in time order: pending orders becoming UNSHIPPED,
    /// feeds and reports starting and finishing. Each event uses its own due time as the change time.
    /// </summary>
    public void Tick(DateTimeOffset now)
    {
        while (true)
        {
            DateTimeOffset? due = null;
            Action? apply = null;

            foreach (var order in State.OrderList)
            {
                if (order.Status == FulfillmentStatuses.Pending && order.PendingUntil is { } until && until <= now && (due is null || until < due))
                {
                    due = until;
                    var o = order;
                    apply = () => ReleasePending(o, until);
                }
            }

            foreach (var feed in State.FeedList)
            {
                var next = Feeds.NextEvent(feed);
                if (next is { } t && t <= now && (due is null || t < due))
                {
                    due = t;
                    var f = feed;
                    apply = () => Feeds.Advance(f, t);
                }
            }

            foreach (var report in State.ReportList)
            {
                var next = Reports.NextEvent(report);
                if (next is { } t && t <= now && (due is null || t < due))
                {
                    due = t;
                    var rep = report;
                    apply = () => Reports.Advance(rep, t);
                }
            }

            if (Reports.NextSettlementDue is { } settlement && settlement <= now && (due is null || settlement < due))
            {
                due = settlement;
                apply = () => Reports.CreateSettlementReport(settlement);
            }

            if (apply is null)
                return;
            apply();
        }
    }

    private static void ReleasePending(EmulatedOrder order, DateTimeOffset at)
    {
        order.RecomputeStatus(at);
        order.LastUpdatedTime = at;
    }
}
