using System.Net;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Nop.Plugin.Misc.AmazonChannel.Domain;
using Nop.Plugin.Misc.AmazonChannel.Infrastructure;
using Nop.Plugin.Misc.AmazonChannel.SellingPartnerApi;
using Nop.Plugin.Misc.AmazonChannel.SellingPartnerApi.Http;
using Nop.Plugin.Misc.AmazonChannel.Services.Amazon;
using Nop.Plugin.Misc.AmazonChannel.Services.Orders;
using Nop.Plugin.Misc.AmazonChannel.Tests.Infrastructure;

namespace Nop.Plugin.Misc.AmazonChannel.Tests.Orders;

/// <summary>
/// The SP-API client inside a nopCommerce host: its diagnostic lines reach nopCommerce's log through the plugin's
/// adapter, and a secret Amazon echoes back (in an error body or a header) never reaches the log or a sync error.
/// </summary>
public class HostPlumbingTests
{
    private const string RefreshToken = "Atzr|IwEBIsecretREFRESH0123456789";
    private const string ClientSecret = "amzn1.oa2-cs.v1.secretCLIENT0123456789abcdef";
    private const string AccessToken = "Atza|IwEBIsecretACCESS0123456789";
    private static readonly string[] _secretParts = ["secretREFRESH", "secretCLIENT", "secretACCESS"];

    [TestCase("invalid_grant " + RefreshToken)]
    [TestCase("{\"refresh_token\":\"plain-value-123\",\"client_secret\":\"another-456\"}")]
    [TestCase("client_secret=" + ClientSecret + "&refresh_token=" + RefreshToken)]
    [TestCase("x-amz-access-token: " + AccessToken)]
    [TestCase("Atza%7CIwEBIsecretACCESS0123456789")]
    public void TheRedactor_RemovesEverySecretForm(string text)
    {
        var redacted = SecretRedactor.Redact(text);

        Assert.That(redacted, Does.Contain(SecretRedactor.Mask));
        foreach (var secret in _secretParts.Append("plain-value-123").Append("another-456"))
            Assert.That(redacted, Does.Not.Contain(secret));
    }

    [Test]
    public void TheRedactor_LeavesOrdinaryTextAlone() =>
        Assert.That(SecretRedactor.Redact("searchOrders answered 400 InvalidInput (request 5a1e-77)"), Is.EqualTo("searchOrders answered 400 InvalidInput (request 5a1e-77)"));

    [Test]
    public async Task LoginWithAmazonEchoingTheSecrets_ReachesNopCommercesLogAndTheSyncErrors_Redacted()
    {
        using var harness = Harness(new EchoingAmazon { LwaRefuses = true });

        await harness.CreateImportService().ImportWindowAsync(harness.Account, "ATVPDKIKX0DER");

        var error = (await harness.OpenErrorsAsync()).Single();
        Assert.That(error.Code, Is.EqualTo(ImportErrorCodes.CredentialsRejected.Value));
        var clientLines = harness.Store.LogLines.Where(line => line.StartsWith(NopLogLoggerFactory.Prefix, StringComparison.Ordinal)).ToList();
        Assert.That(clientLines, Has.Some.Contains("Login with Amazon refused").And.Some.Contains(SecretRedactor.Mask), "the client's line reached nopCommerce's log");
        AssertNoSecret(harness, error);
    }

    [Test]
    public async Task AnSpApiErrorEchoingTheAccessToken_InItsBodyAndHeader_IsRedacted()
    {
        using var harness = Harness(new EchoingAmazon());

        await harness.CreateImportService().ImportWindowAsync(harness.Account, "ATVPDKIKX0DER");

        var error = (await harness.OpenErrorsAsync()).Single();
        Assert.That(error.Code, Is.EqualTo(ImportErrorCodes.AmazonError.Value));
        Assert.That(error.Details, Does.Contain(SecretRedactor.Mask), "the request-ID header that echoed the access token");
        AssertNoSecret(harness, error);
    }

    [Test]
    public void TheClientFactory_LogsThroughTheNopCommerceAdapter_AndTheSpApiClientKeepsItsOwnAbstraction()
    {
        using var harness = new ImportHarness();
        var factory = harness.Services.GetRequiredService<SellingPartnerApiClientFactory>();
        var loggerFactory = typeof(SellingPartnerApiClientFactory).GetFields(System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.NonPublic)
            .Select(field => field.GetValue(factory)).OfType<ILoggerFactory>().SingleOrDefault();

        Assert.That(loggerFactory, Is.TypeOf<NopLogLoggerFactory>());
    }

    [Test]
    public void TheSpApiHttpClient_IsRegisteredWithNopCommercesProxy_AsTheBundledPluginsDo() =>
        Assert.That(Architecture.TypeReferenceScanner.ReferencedTypes(typeof(PluginNopStartup)),
            Does.Contain(typeof(Nop.Web.Framework.Infrastructure.Extensions.HttpClientBuilderExtensions)),
            "the startup calls WithProxy() on the SP-API client's IHttpClientBuilder");

    private static void AssertNoSecret(ImportHarness harness, AmazonSyncError error)
    {
        var text = new[] { error.Message, error.Arguments ?? string.Empty, error.Details ?? string.Empty }.Concat(harness.Store.LogLines).ToList();
        foreach (var secret in _secretParts)
            Assert.That(text, Has.None.Contains(secret), secret);
    }

    private static ImportHarness Harness(EchoingAmazon amazon)
    {
        var harness = new ImportHarness(services =>
        {
            services.RemoveAll<IAmazonOrderSource>();
            services.AddScoped<IAmazonOrderSource, SpApiOrderSource>();
            services.AddSellingPartnerApiHandler(amazon);
        });
        harness.Account.RefreshTokenEncrypted = RefreshToken;
        harness.Account.LwaClientSecretEncrypted = ClientSecret;
        harness.Database.GetRepository<AmazonAccount>().Update(harness.Account);
        return harness;
    }

    /// <summary>Amazon answering with the caller's secrets in its error body and request-ID header.</summary>
    private sealed class EchoingAmazon : HttpMessageHandler
    {
        public bool LwaRefuses { get; init; }

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var isLwa = request.RequestUri!.AbsolutePath.EndsWith("/auth/o2/token", StringComparison.Ordinal);
            HttpResponseMessage response;
            if (isLwa && LwaRefuses)
                response = Json(HttpStatusCode.BadRequest, $"{{\"error\":\"invalid_grant {RefreshToken}\",\"error_description\":\"client_secret={ClientSecret}\"}}");
            else if (isLwa)
                response = Json(HttpStatusCode.OK, $"{{\"access_token\":\"{AccessToken}\",\"token_type\":\"bearer\",\"expires_in\":3600}}");
            else
                response = Json(HttpStatusCode.BadRequest, $"{{\"errors\":[{{\"code\":\"InvalidInput {AccessToken}\",\"message\":\"x-amz-access-token={AccessToken} refresh_token={RefreshToken}\"}}]}}");
            response.Headers.TryAddWithoutValidation(SpApiHttpResult.RequestIdHeader, isLwa ? ClientSecret : AccessToken);
            return Task.FromResult(response);
        }

        private static HttpResponseMessage Json(HttpStatusCode status, string body) =>
            new(status) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
    }
}
