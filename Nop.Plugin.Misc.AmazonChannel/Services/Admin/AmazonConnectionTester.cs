using Nop.Plugin.Misc.AmazonChannel.Domain;
using Nop.Plugin.Misc.AmazonChannel.SellingPartnerApi;
using Nop.Plugin.Misc.AmazonChannel.Services.Amazon;

namespace Nop.Plugin.Misc.AmazonChannel.Services.Admin;

/// <summary>One marketplace an account can sell on, as getMarketplaceParticipations names it.</summary>
public sealed record MarketplaceChoice(string MarketplaceId, string MarketplaceName, string CountryCode, string StoreName, bool IsParticipating);

/// <summary>
/// The outcome of "Test connection": the marketplaces, or why Amazon refused, as a locale resource suffix under
/// Plugins.Misc.AmazonChannel.Accounts.Test. plus its arguments (Amazon's codes and messages; never credentials).
/// </summary>
public sealed record ConnectionTestResult(IReadOnlyList<MarketplaceChoice> Marketplaces, string? ErrorResource, IReadOnlyList<string> ErrorArguments)
{
    public bool Succeeded => ErrorResource is null;

    public static ConnectionTestResult Failed(string resource, params string[] arguments) => new([], resource, arguments);
}

/// <summary>Calls getMarketplaceParticipations with an account's credentials (the cheap call Amazon suggests for this).</summary>
public class AmazonConnectionTester
{
    private readonly AmazonClientProvider _clientProvider;

    public AmazonConnectionTester(AmazonClientProvider clientProvider)
    {
        _clientProvider = clientProvider;
    }

    public async Task<ConnectionTestResult> TestAsync(AmazonAccount account, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(account);
        try
        {
            var participations = await (await _clientProvider.GetClientAsync(account)).TestConnectionAsync(cancellationToken);
            return new ConnectionTestResult(participations
                .Select(p => new MarketplaceChoice(p.Marketplace.Id, p.Marketplace.Name, p.Marketplace.CountryCode, p.StoreName, p.Participation.IsParticipating))
                .OrderBy(choice => choice.MarketplaceName, StringComparer.Ordinal)
                .ToList(), null, []);
        }
        catch (LwaAuthorizationException exception)
        {
            return ConnectionTestResult.Failed("CredentialsRefused", exception.LwaError, exception.LwaErrorDescription ?? string.Empty);
        }
        catch (SellingPartnerApiException exception)
        {
            var status = exception.StatusCode is { } code ? ((int)code).ToString(System.Globalization.CultureInfo.InvariantCulture) : "-";
            return ConnectionTestResult.Failed("AmazonError", status, exception.Errors.Count > 0 ? string.Join("; ", exception.Errors) : exception.Message);
        }
        catch (ArgumentException exception)
        {
            // Options.Validate: an account saved without a value Amazon needs (seller ID, client ID, ...).
            return ConnectionTestResult.Failed("Incomplete", exception.Message);
        }
        catch (HttpRequestException exception)
        {
            return ConnectionTestResult.Failed("Unreachable", exception.Message);
        }
    }
}
