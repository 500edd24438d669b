using Nop.Plugin.Misc.AmazonChannel.Domain;
using Nop.Plugin.Misc.AmazonChannel.SellingPartnerApi;

namespace Nop.Plugin.Misc.AmazonChannel.Services.Amazon;

/// <summary>
/// Builds the Selling Partner API client of an account: its decrypted credentials, its region, and the sandbox and
/// endpoint-override settings of the account's own store (never the ambient store of the request or task). Rate limits
/// and access tokens are shared through the factory's singletons.
/// </summary>
/// <remarks>
/// An endpoint override (a local SP-API emulator or a recording proxy) also serves Login with Amazon: the token request
/// goes to <c>{override}/auth/o2/token</c>, so nothing reaches Amazon while an override is set.
/// </remarks>
public class AmazonClientProvider
{
    private readonly SellingPartnerApiClientFactory _factory;
    private readonly AmazonAccountService _accountService;
    private readonly AmazonChannelSettingsProvider _settings;

    public AmazonClientProvider(SellingPartnerApiClientFactory factory, AmazonAccountService accountService, AmazonChannelSettingsProvider settings)
    {
        _factory = factory;
        _accountService = accountService;
        _settings = settings;
    }

    public async Task<SellingPartnerApiClient> GetClientAsync(AmazonAccount account)
    {
        ArgumentNullException.ThrowIfNull(account);
        var settings = await _settings.ForAccountAsync(account);
        var credentials = _accountService.GetCredentials(account);
        var endpointOverride = ParseOverride(settings.EndpointOverride);
        return _factory.Create(new SellingPartnerApiOptions
        {
            Region = account.Region switch
            {
                AmazonRegion.Europe => SellingPartnerRegion.Europe,
                AmazonRegion.FarEast => SellingPartnerRegion.FarEast,
                _ => SellingPartnerRegion.NorthAmerica
            },
            UseSandbox = settings.UseSandbox,
            EndpointOverride = endpointOverride,
            LwaTokenEndpoint = endpointOverride is null ? SellingPartnerApiOptions.DefaultLwaTokenEndpoint : new Uri(endpointOverride, "/auth/o2/token"),
            ClientId = credentials.ClientId,
            ClientSecret = credentials.ClientSecret,
            RefreshToken = credentials.RefreshToken,
            SellerId = account.SellerId
        });
    }

    private static Uri? ParseOverride(string? value) =>
        Uri.TryCreate(value?.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? uri : null;
}
