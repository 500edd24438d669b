using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using AmazonSpApi.Emulator;

namespace Nop.Plugin.Misc.AmazonChannel.Tests.Emulator;

/// <summary>Raw HttpClient helpers over an emulator (no SP-API client code involved).</summary>
internal sealed class EmulatorTestKit : IDisposable
{
    public static readonly DateTimeOffset Start = new(2026, 3, 2, 12, 0, 0, TimeSpan.Zero);
    public const string Host = "https://sellingpartnerapi-na.amazon.com";
    public const string TokenUrl = "https://api.amazon.com/auth/o2/token";

    public EmulatorTestKit(Action<EmulatorOptions>? configure = null)
    {
        Options = new EmulatorOptions();
        configure?.Invoke(Options);
        Time = new VirtualTimeProvider(Start);
        Emulator = new SpApiEmulator(Options, Time);
        Http = new HttpClient(Emulator.CreateHandler()) { BaseAddress = new Uri(Host) };
    }

    public EmulatorOptions Options { get; }
    public VirtualTimeProvider Time { get; }
    public SpApiEmulator Emulator { get; }
    public HttpClient Http { get; }
    public string? AccessToken { get; private set; }

    public void Dispose() => Http.Dispose();

    public Task<HttpResponseMessage> RequestTokenAsync(string? secret = null, string? refreshToken = null) =>
        Http.PostAsync(TokenUrl, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "refresh_token",
            ["refresh_token"] = refreshToken ?? Options.RefreshToken,
            ["client_id"] = Options.ClientId,
            ["client_secret"] = secret ?? Options.ClientSecret,
        }));

    public async Task<string> LoginAsync()
    {
        using var response = await RequestTokenAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        AccessToken = (await ReadJsonAsync(response))["access_token"]!.GetValue<string>();
        return AccessToken;
    }

    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string pathAndQuery, object? jsonBody = null, string? token = null)
    {
        var request = new HttpRequestMessage(method, pathAndQuery);
        request.Headers.Add("x-amz-access-token", token ?? AccessToken ?? await LoginAsync());
        if (jsonBody is not null)
            request.Content = JsonContent.Create(jsonBody);
        return await Http.SendAsync(request);
    }

    public Task<HttpResponseMessage> GetAsync(string pathAndQuery, string? token = null) => SendAsync(HttpMethod.Get, pathAndQuery, null, token);

    public Task<HttpResponseMessage> PostAsync(string pathAndQuery, object body) => SendAsync(HttpMethod.Post, pathAndQuery, body);

    public static async Task<JsonNode> ReadJsonAsync(HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync()) ?? throw new InvalidOperationException("empty body");

    public static async Task<string> ErrorCodeAsync(HttpResponseMessage response) =>
        (await ReadJsonAsync(response))["errors"]![0]!["code"]!.GetValue<string>();

    /// <summary>createFeedDocument, PUT, createFeed, then advance virtual time until the feed is finished. Returns the feed JSON.</summary>
    public async Task<JsonNode> SubmitFeedAsync(string feedType, string xml)
    {
        using var created = await PostAsync("/feeds/2021-06-30/documents", new { contentType = "text/xml; charset=UTF-8" });
        Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        var doc = await ReadJsonAsync(created);
        var upload = new ByteArrayContent(Encoding.UTF8.GetBytes(xml));
        upload.Headers.ContentType = MediaTypeHeaderValue.Parse("text/xml; charset=UTF-8");
        using (var put = await Http.PutAsync(doc["url"]!.GetValue<string>(), upload))
            Assert.That(put.StatusCode, Is.EqualTo(HttpStatusCode.OK));

        using var feedResponse = await PostAsync("/feeds/2021-06-30/feeds", new
        {
            feedType,
            marketplaceIds = new[] { Options.MarketplaceIds[0] },
            inputFeedDocumentId = doc["feedDocumentId"]!.GetValue<string>(),
        });
        Assert.That(feedResponse.StatusCode, Is.EqualTo(HttpStatusCode.Accepted));
        var feedId = (await ReadJsonAsync(feedResponse))["feedId"]!.GetValue<string>();

        for (var i = 0; i < 20; i++)
        {
            using var get = await GetAsync($"/feeds/2021-06-30/feeds/{feedId}");
            var feed = await ReadJsonAsync(get);
            if (feed["processingStatus"]!.GetValue<string>() is "DONE" or "FATAL" or "CANCELLED")
                return feed;
            Time.Advance(TimeSpan.FromSeconds(30));
        }

        throw new AssertionException("Feed did not finish.");
    }

    /// <summary>getFeedDocument/getReportDocument + download + gunzip when compressionAlgorithm is GZIP.</summary>
    public async Task<string> DownloadAsync(string documentPath, string? token = null)
    {
        using var response = await GetAsync(documentPath, token);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        var doc = await ReadJsonAsync(response);
        var bytes = await Http.GetByteArrayAsync(doc["url"]!.GetValue<string>());
        if (doc["compressionAlgorithm"]?.GetValue<string>() == "GZIP")
        {
            using var gzip = new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress);
            using var plain = new MemoryStream();
            await gzip.CopyToAsync(plain);
            bytes = plain.ToArray();
        }

        return Encoding.UTF8.GetString(bytes);
    }

    public static string Envelope(string messageType, params string[] messages)
    {
        var body = new StringBuilder();
        for (var i = 0; i < messages.Length; i++)
            body.Append($"<Message><MessageID>{i + 1}</MessageID>{messages[i]}</Message>");
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><AmazonEnvelope xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:noNamespaceSchemaLocation=\"amzn-envelope.xsd\">" +
               $"<Header><DocumentVersion>1.01</DocumentVersion><MerchantIdentifier>A1SELLEREMU</MerchantIdentifier></Header><MessageType>{messageType}</MessageType>{body}</AmazonEnvelope>";
    }

    public static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web);
}
