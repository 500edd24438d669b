using System.Collections.Concurrent;
using System.Net;
using System.Text;
using Microsoft.Extensions.Logging;
using Nop.Plugin.Misc.AmazonChannel.SellingPartnerApi;

namespace Nop.Plugin.Misc.AmazonChannel.Tests.SellingPartnerApi;

/// <summary>A clock whose timers fire at once after moving it to their due time (waiting costs no real time).</summary>
public sealed class JumpingClock(DateTimeOffset start) : TimeProvider
{
    private readonly object _gate = new();
    private DateTimeOffset _now = start;

    public override DateTimeOffset GetUtcNow()
    {
        lock (_gate)
            return _now;
    }

    public void Advance(TimeSpan by)
    {
        lock (_gate)
            _now += by;
    }

    /// <summary>Every timer due time asked for, in order (backoff waits, rate-limit waits, polls).</summary>
    public ConcurrentQueue<TimeSpan> Waits { get; } = new();

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
        new Timer(this, callback, state, dueTime);

    private void MoveTo(DateTimeOffset target)
    {
        lock (_gate)
        {
            if (target > _now)
                _now = target;
        }
    }

    private sealed class Timer : ITimer
    {
        private int _disposed;

        public Timer(JumpingClock clock, TimerCallback callback, object? state, TimeSpan dueTime)
        {
            if (dueTime == Timeout.InfiniteTimeSpan)
                return;
            clock.Waits.Enqueue(dueTime);
            var due = clock.GetUtcNow() + dueTime;
            ThreadPool.UnsafeQueueUserWorkItem(_ =>
            {
                if (Volatile.Read(ref _disposed) != 0)
                    return;
                clock.MoveTo(due);
                callback(state);
            }, null);
        }

        public bool Change(TimeSpan dueTime, TimeSpan period) => false;

        public void Dispose() => Interlocked.Exchange(ref _disposed, 1);

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }
}

/// <summary>One request as the stub saw it.</summary>
public sealed record StubRequest(HttpMethod Method, Uri Uri, IReadOnlyDictionary<string, string> Headers, string? ContentType, byte[] Body)
{
    public string BodyText => Encoding.UTF8.GetString(Body);
}

/// <summary>An HTTP handler answering from a script; records every request.</summary>
public sealed class StubHandler(Func<StubRequest, HttpResponseMessage> respond) : HttpMessageHandler
{
    public const string TokenJson = """{"access_token":"Atza|stub-access-token","token_type":"bearer","expires_in":3600}""";

    public ConcurrentQueue<StubRequest> Requests { get; } = new();

    public IEnumerable<StubRequest> ApiRequests => Requests.Where(request => request.Uri.Host != "api.amazon.com");

    public int TokenRequests => Requests.Count(request => request.Uri.Host == "api.amazon.com");

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? [] : await request.Content.ReadAsByteArrayAsync(cancellationToken);
        var headers = request.Headers.ToDictionary(header => header.Key, header => string.Join(",", header.Value), StringComparer.OrdinalIgnoreCase);
        var recorded = new StubRequest(request.Method, request.RequestUri!, headers, request.Content?.Headers.ContentType?.ToString(), body);
        Requests.Enqueue(recorded);
        return respond(recorded);
    }

    public static HttpResponseMessage Json(HttpStatusCode status, string json, params (string Name, string Value)[] headers)
    {
        var response = new HttpResponseMessage(status) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        foreach (var (name, value) in headers)
            response.Headers.TryAddWithoutValidation(name, value);
        return response;
    }

    /// <summary>Answers the LWA token endpoint with a token; everything else with <paramref name="api"/>.</summary>
    public static StubHandler WithToken(Func<StubRequest, HttpResponseMessage> api) =>
        new(request => request.Uri.Host == "api.amazon.com" ? Json(HttpStatusCode.OK, TokenJson) : api(request));
}

/// <summary>Collects every formatted log message (and exception text) of every logger.</summary>
public sealed class CapturingLoggerProvider : ILoggerProvider, ILoggerFactory
{
    public ConcurrentQueue<string> Lines { get; } = new();

    public string AllText => string.Join("\n", Lines);

    public ILogger CreateLogger(string categoryName) => new Logger(this);

    public void AddProvider(ILoggerProvider provider)
    {
    }

    public void Dispose()
    {
    }

    private sealed class Logger(CapturingLoggerProvider owner) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var structured = state is IEnumerable<KeyValuePair<string, object?>> pairs ? string.Join(";", pairs.Select(pair => $"{pair.Key}={pair.Value}")) : string.Empty;
            owner.Lines.Enqueue($"{logLevel}: {formatter(state, exception)} [{structured}] {exception}");
        }
    }
}

public static class TestOptions
{
    public const string ClientSecret = "stub-client-secret-value";
    public const string RefreshToken = "Atzr|stub-refresh-token-value";

    public static SellingPartnerApiOptions Create(string sellerId = "A1STUBSELLER") => new()
    {
        ClientId = "amzn1.application-oa2-client.stub",
        ClientSecret = ClientSecret,
        RefreshToken = RefreshToken,
        SellerId = sellerId,
        BaseDelay = TimeSpan.FromSeconds(1),
        MaxDelay = TimeSpan.FromSeconds(30)
    };

    public static readonly DateTimeOffset Start = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);
}
