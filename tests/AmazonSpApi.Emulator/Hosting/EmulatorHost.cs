using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace AmazonSpApi.Emulator;

/// <summary>
/// Kestrel host: one catch-all endpoint that forwards every request to the same pipeline as the in-process handler.
/// Binds to loopback only. The virtual clock follows the wall clock (it is moved forward by real elapsed time every
/// 250 ms, and up to the wall clock before each request) and can be jumped ahead with <c>POST /_emulator/advance?seconds=N</c>.
/// </summary>
internal static class EmulatorHost
{
    public static async Task<int> RunAsync(SpApiEmulator emulator, EmulatorCore core, string[] args)
    {
        var urls = CommandLine.Value(args, "--urls") ?? "http://127.0.0.1:5099";
        foreach (var url in urls.Split(';', StringSplitOptions.RemoveEmptyEntries))
        {
            if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || !(uri.IsLoopback || IPAddress.TryParse(uri.Host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip)))
            {
                await Console.Error.WriteLineAsync($"Refusing to bind '{url}': the emulator listens on loopback only (127.0.0.1, [::1] or localhost).").ConfigureAwait(false);
                return 2;
            }
        }

        var builder = WebApplication.CreateSlimBuilder([]);
        builder.WebHost.UseUrls(urls);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        var app = builder.Build();

        emulator.Options.DocumentBaseUrl ??= urls.Split(';')[0].TrimEnd('/') + "/_s3";

        app.Run(async context => await ForwardAsync(core, context).ConfigureAwait(false));

        using var clock = new CancellationTokenSource();
        var ticker = FollowWallClockAsync(core.Time, clock.Token);
        Console.WriteLine($"Amazon SP-API emulator for seller {emulator.Options.SellerId} listening on {urls} " +
                          $"({emulator.Options.OrderCount} orders, seed {emulator.Options.Seed.ToString(CultureInfo.InvariantCulture)}). Ctrl+C to stop.");
        await app.RunAsync().ConfigureAwait(false);
        await clock.CancelAsync().ConfigureAwait(false);
        try
        {
            await ticker.ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
        }

        return 0;
    }

    private static async Task ForwardAsync(EmulatorCore core, HttpContext context)
    {
        // The ticker can fall behind under load; Amazon's clock never lags the caller's, so catch up before answering
        // (a window ending exactly two minutes ago must not be refused for a lag of the emulator's own making).
        core.Time.AdvanceTo(TimeProvider.System.GetUtcNow());
        var request = context.Request;
        using var body = new MemoryStream();
        await request.Body.CopyToAsync(body, context.RequestAborted).ConfigureAwait(false);
        var headers = request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        var url = new Uri($"{request.Scheme}://{request.Host}{request.PathBase}{request.Path}{request.QueryString}");
        EmulatorResponse response;
        try
        {
            response = await core.ProcessAsync(new EmulatorRequest
            {
                Method = request.Method.ToUpperInvariant(),
                Url = url,
                Headers = headers,
                Body = body.ToArray(),
                ContentType = request.ContentType,
            }, context.RequestAborted).ConfigureAwait(false);
        }
        catch (TaskCanceledException)
        {
            context.Abort();
            return;
        }

        context.Response.StatusCode = response.Status;
        foreach (var (name, value) in response.Headers)
            context.Response.Headers[name] = value;
        if (response.ContentType is not null)
            context.Response.ContentType = response.ContentType;
        if (response.Body.Length > 0)
            await context.Response.Body.WriteAsync(response.Body, context.RequestAborted).ConfigureAwait(false);
    }

    private static async Task FollowWallClockAsync(VirtualTimeProvider time, CancellationToken cancellationToken)
    {
        var last = TimeProvider.System.GetTimestamp();
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(250), TimeProvider.System);
        while (await timer.WaitForNextTickAsync(cancellationToken).ConfigureAwait(false))
        {
            var current = TimeProvider.System.GetTimestamp();
            time.Advance(TimeProvider.System.GetElapsedTime(last, current));
            last = current;
        }
    }
}

/// <summary>Minimal command-line parsing for Program.cs and RunAsync.</summary>
public static class CommandLine
{
    public static string? Value(string[] args, string name)
    {
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == name && i + 1 < args.Length)
                return args[i + 1];
            if (args[i].StartsWith(name + "=", StringComparison.Ordinal))
                return args[i][(name.Length + 1)..];
        }

        return null;
    }

    /// <summary>Options from --seed, --orders, --seller, --marketplaces (comma-separated), --xsd, --no-rate-limits.</summary>
    public static EmulatorOptions Options(string[] args)
    {
        var options = new EmulatorOptions();
        if (Value(args, "--seed") is { } seed)
            options.Seed = int.Parse(seed, CultureInfo.InvariantCulture);
        if (Value(args, "--orders") is { } orders)
            options.OrderCount = int.Parse(orders, CultureInfo.InvariantCulture);
        if (Value(args, "--seller") is { } seller)
            options.SellerId = seller;
        if (Value(args, "--marketplaces") is { } marketplaces)
            options.MarketplaceIds = marketplaces.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (Value(args, "--xsd") is { } xsd)
            options.XsdDirectory = xsd;
        if (args.Contains("--no-rate-limits"))
            options.EnforceRateLimits = false;
        return options;
    }
}
