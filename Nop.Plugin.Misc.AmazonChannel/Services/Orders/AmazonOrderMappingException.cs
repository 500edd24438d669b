using Nop.Plugin.Misc.AmazonChannel.Domain;

namespace Nop.Plugin.Misc.AmazonChannel.Services.Orders;

/// <summary>
/// An Amazon order cannot become a store order until its cause is fixed: a code of <see cref="ImportErrorCodes"/> and
/// its arguments (never buyer data); the message is the code's English text.
/// </summary>
public class AmazonOrderMappingException : Exception
{
    public AmazonOrderMappingException(SyncErrorCode code, params string[] arguments) : base(ImportErrorCodes.Format(code, arguments))
    {
        Code = code;
        Arguments = arguments;
    }

    public SyncErrorCode Code { get; }

    public IReadOnlyList<string> Arguments { get; }

    public AmazonSyncErrorKind Kind => Code.Kind;

    /// <summary>Technical details for support (Amazon's request ID); never buyer data.</summary>
    public string? Details { get; init; }
}
