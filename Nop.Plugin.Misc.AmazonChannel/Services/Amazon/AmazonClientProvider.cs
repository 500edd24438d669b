using Nop.Plugin.Misc.AmazonChannel.Domain;
using Nop.Plugin.Misc.AmazonChannel.SellingPartnerApi;

namespace Nop.Plugin.Misc.AmazonChannel.Services.Amazon;

/// <summary>
/// Builds the Selling Partner API client of an account: its decrypted credentials, its region, and the store's
/// sandbox and endpoint-override settings. Rate limits and access tokens are shared through the factory's singletons.
/// </summary>
public class AmazonClientProvider
{
    private readonly SellingPartnerApiClientFactory _factory;
    private readonly AmazonAccountService _accountService;
    private readonly AmazonChannelSettings _settings;

    public AmazonClientProvider(SellingPartnerApiClientFactory factory, AmazonAccountService accountService, AmazonChannelSettings settings)
    {
        _factory = factory;
        _accountService = accountService;
        _settings = settings;
    }

    public SellingPartnerApiClient GetClient(AmazonAccount account)
    {
        var credentials = _accountService.GetCredentials(account);
        return _factory.Create(new SellingPartnerApiOptions
        {
            Region = account.Region switch
            {
                AmazonRegion.Europe => SellingPartnerRegion.Europe,
                AmazonRegion.FarEast => SellingPartnerRegion.FarEast,
                _ => SellingPartnerRegion.NorthAmerica
            },
            UseSandbox = _settings.UseSandbox,
            EndpointOverride = ParseOverride(_settings.EndpointOverride),
            ClientId = credentials.ClientId,
            ClientSecret = credentials.ClientSecret,
            RefreshToken = credentials.RefreshToken,
            SellerId = account.SellerId
        });
    }

    private static Uri? ParseOverride(string? value) =>
        Uri.TryCreate(value?.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? uri : null;
}
