using Nop.Plugin.Misc.AmazonChannel.Domain;

namespace Nop.Plugin.Misc.AmazonChannel.Services.Returns;

/// <summary>Reads Amazon's returns report of one marketplace and window (replaceable in tests).</summary>
public interface IReturnsReportSource
{
    /// <summary>The report's text; null when Amazon had no returns in the window (it cancels an empty report).</summary>
    /// <exception cref="ReturnsReportException">Amazon could not produce or deliver the report.</exception>
    Task<string?> GetReturnsReportAsync(AmazonAccount account, string marketplaceId, DateTime fromUtc, DateTime toUtc, CancellationToken cancellationToken);
}

/// <summary>Amazon could not produce or deliver a report; <see cref="Exception.Message"/> says why, without buyer data.</summary>
public sealed class ReturnsReportException(string message, Exception? inner = null) : Exception(message, inner);
