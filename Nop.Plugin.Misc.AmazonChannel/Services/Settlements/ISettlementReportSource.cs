using Nop.Plugin.Misc.AmazonChannel.Domain;

namespace Nop.Plugin.Misc.AmazonChannel.Services.Settlements;

/// <summary>
/// A settlement report Amazon generated: its report ID, when Amazon made it, and the marketplaces Amazon listed it with
/// (often every marketplace of the account, so only a hint for the amount convention: <see cref="SettlementAmountConvention"/>).
/// </summary>
public sealed record SettlementReportInfo(string ReportId, DateTime CreatedUtc, IReadOnlyList<string> MarketplaceIds);

/// <summary>Finds and reads the settlement reports Amazon generates (replaceable in tests).</summary>
public interface ISettlementReportSource
{
    /// <summary>Settlement reports Amazon finished since <paramref name="sinceUtc"/>, oldest first.</summary>
    /// <exception cref="SettlementReportException">Amazon could not list them.</exception>
    Task<IReadOnlyList<SettlementReportInfo>> ListAsync(AmazonAccount account, DateTime sinceUtc, CancellationToken cancellationToken);

    /// <exception cref="SettlementReportException">Amazon could not deliver the document.</exception>
    Task<string> DownloadAsync(AmazonAccount account, string reportId, CancellationToken cancellationToken);
}

/// <summary>Amazon could not list or deliver a settlement report; the message holds no buyer data.</summary>
public sealed class SettlementReportException(string message, Exception? inner = null) : Exception(message, inner);
