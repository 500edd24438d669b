using Nop.Plugin.Misc.AmazonChannel.Domain;

namespace Nop.Plugin.Misc.AmazonChannel.Services.Orders;

/// <summary>
/// An Amazon order cannot become a store order until an admin fixes the cause; the message says what to fix.
/// </summary>
public class AmazonOrderMappingException : Exception
{
    public AmazonOrderMappingException(AmazonSyncErrorKind kind, string message) : base(message)
    {
        Kind = kind;
    }

    public AmazonSyncErrorKind Kind { get; }
}
