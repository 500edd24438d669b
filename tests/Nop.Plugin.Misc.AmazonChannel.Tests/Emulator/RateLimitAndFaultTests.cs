using System.IO.Compression;
using System.Net;

namespace Nop.Plugin.Misc.AmazonChannel.Tests.Emulator;

[TestFixture]
public class RateLimitAndFaultTests
{
    private const string Query = "/orders/2026-01-01/orders?createdAfter=2026-02-01T00:00:00Z&maxResultsPerPage=1";

    [Test]
    public async Task SearchOrders_burst_is_20_then_429_and_one_token_refills_in_180_seconds()
    {
        using var kit = new EmulatorTestKit();
        await kit.LoginAsync();

        for (var i = 0; i < 20; i++)
        {
            using var ok = await kit.GetAsync(Query);
            Assert.That(ok.StatusCode, Is.EqualTo(HttpStatusCode.OK), $"call {i + 1}");
        }

        using var throttled = await kit.GetAsync(Query);
        Assert.That(throttled.StatusCode, Is.EqualTo(HttpStatusCode.TooManyRequests));
        var error = (await EmulatorTestKit.ReadJsonAsync(throttled))["errors"]![0]!;
        Assert.That(error["code"]!.GetValue<string>(), Is.EqualTo("QuotaExceeded"));
        Assert.That(error["message"]!.GetValue<string>(), Is.EqualTo("You exceeded your quota for the requested resource."));
        Assert.That(throttled.Headers.Contains("x-amzn-RateLimit-Limit"), Is.False);

        using var getOrder = await kit.GetAsync($"/orders/2026-01-01/orders/{kit.Emulator.State.OrdersInCreationOrder[0].OrderId}");
        Assert.That(getOrder.StatusCode, Is.EqualTo(HttpStatusCode.OK), "buckets are per operation");

        kit.Time.Advance(TimeSpan.FromSeconds(180));
        using var refilled = await kit.GetAsync(Query);
        using var again = await kit.GetAsync(Query);
        Assert.That(refilled.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(again.StatusCode, Is.EqualTo(HttpStatusCode.TooManyRequests));
    }

    [Test]
    public async Task Rate_limits_can_be_switched_off()
    {
        using var kit = new EmulatorTestKit(o => o.EnforceRateLimits = false);
        for (var i = 0; i < 25; i++)
        {
            using var response = await kit.GetAsync(Query);
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        }
    }

    [Test]
    public async Task Random_faults_are_reproducible_for_the_same_seed()
    {
        async Task<int[]> RunAsync(int seed)
        {
            using var kit = new EmulatorTestKit(o =>
            {
                o.Seed = seed;
                o.EnforceRateLimits = false;
                o.Faults.Throttle429 = 0.2;
                o.Faults.ServerError5xx = 0.2;
            });
            await kit.LoginAsync();
            var codes = new List<int>();
            for (var i = 0; i < 40; i++)
            {
                using var response = await kit.GetAsync(Query);
                codes.Add((int)response.StatusCode);
            }

            Assert.That(kit.Emulator.Requests.Where(r => r.Operation == "searchOrders").Select(r => r.StatusCode), Is.EqualTo(codes));
            return codes.ToArray();
        }

        var first = await RunAsync(3);
        var second = await RunAsync(3);
        var other = await RunAsync(4);

        Assert.That(first, Is.EqualTo(second));
        Assert.That(first, Is.Not.EqualTo(other));
        Assert.That(first, Does.Contain(429).And.Contain(200));
        Assert.That(first.Any(c => c is 500 or 503), Is.True);
    }

    [Test]
    public async Task Throttle_storm_returns_consecutive_429s_then_recovers()
    {
        using var kit = new EmulatorTestKit(o =>
        {
            o.Faults.Throttle429Storm = 3;
            o.Faults.StormOperations = ["getOrder"];
        });
        var path = $"/orders/2026-01-01/orders/{kit.Emulator.State.OrdersInCreationOrder[0].OrderId}";
        var codes = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            using var response = await kit.GetAsync(path);
            codes.Add(response.StatusCode);
        }

        Assert.That(codes, Is.EqualTo(new[] { HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests, HttpStatusCode.OK, HttpStatusCode.OK }));
    }

    [Test]
    public async Task Timeout_fault_throws_like_HttpClient_after_waiting_in_virtual_time()
    {
        using var kit = new EmulatorTestKit(o => o.Faults.Timeout = 1);
        await kit.LoginAsync();
        var before = kit.Time.GetUtcNow();

        var error = Assert.ThrowsAsync<TaskCanceledException>(() => kit.GetAsync(Query));

        Assert.That(error!.InnerException, Is.InstanceOf<TimeoutException>());
        Assert.That(kit.Time.GetUtcNow() - before, Is.GreaterThanOrEqualTo(kit.Options.Faults.TimeoutAfter));
        Assert.That(kit.Emulator.Requests.Last().StatusCode, Is.Zero);
    }

    [Test]
    public async Task Repeated_page_fault_serves_a_page_again_with_the_same_next_token()
    {
        using var kit = new EmulatorTestKit(o =>
        {
            o.OrderCount = 30;
            o.Faults.RepeatedPage = 1;
        });
        var first = await EmulatorTestKit.ReadJsonAsync(await kit.GetAsync($"{Query[..^1]}10"));
        var token = first["pagination"]!["nextToken"]!.GetValue<string>();

        var repeated = await EmulatorTestKit.ReadJsonAsync(await kit.GetAsync($"{Query[..^1]}10&paginationToken={Uri.EscapeDataString(token)}"));

        Assert.That(repeated["orders"]!.ToJsonString(), Is.EqualTo(first["orders"]!.ToJsonString()));
        Assert.That(repeated["pagination"]!["nextToken"]!.GetValue<string>(), Is.EqualTo(token));
    }

    [Test]
    public async Task Corrupt_document_fault_breaks_gzip_and_a_retry_download_can_succeed()
    {
        using var kit = new EmulatorTestKit(o => o.Faults.CorruptDocument = 0.5);
        using var create = await kit.PostAsync("/reports/2021-06-30/reports", new
        {
            reportType = "GET_FLAT_FILE_ALL_ORDERS_DATA_BY_ORDER_DATE_GENERAL",
            marketplaceIds = new[] { "ATVPDKIKX0DER" },
        });
        var reportId = (await EmulatorTestKit.ReadJsonAsync(create))["reportId"]!.GetValue<string>();
        kit.Time.Advance(kit.Options.ReportProcessingDelay);
        var report = await EmulatorTestKit.ReadJsonAsync(await kit.GetAsync($"/reports/2021-06-30/reports/{reportId}"));
        var doc = await EmulatorTestKit.ReadJsonAsync(await kit.GetAsync($"/reports/2021-06-30/documents/{report["reportDocumentId"]!.GetValue<string>()}"));
        var url = doc["url"]!.GetValue<string>();

        var outcomes = new List<bool>();
        for (var i = 0; i < 8; i++)
        {
            var bytes = await kit.Http.GetByteArrayAsync(url);
            try
            {
                using var gzip = new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress);
                await gzip.CopyToAsync(Stream.Null);
                outcomes.Add(true);
            }
            catch (InvalidDataException)
            {
                outcomes.Add(false);
            }
        }

        Assert.That(outcomes, Does.Contain(true).And.Contain(false));
    }
}
