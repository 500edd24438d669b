using Nop.Plugin.Misc.AmazonChannel.Domain;

namespace Nop.Plugin.Misc.AmazonChannel.Services.Refunds;

/// <summary>
/// Codes of the refund and cancellation flow. Each has the locale resource Plugins.Misc.AmazonChannel.SyncErrors.{code}
/// whose {0}, {1}... are the arguments (order IDs, item codes, amounts, Amazon's result codes; never buyer data).
/// docs/cancellations-and-refunds.md gives the fix of each.
/// </summary>
public static class RefundErrorCodes
{
    public static readonly SyncErrorCode NotAnAmazonOrder = new("Refund.NotAnAmazonOrder", AmazonSyncErrorKind.Other);
    public static readonly SyncErrorCode OrderUnknownOnAmazon = new("Refund.OrderUnknownOnAmazon", AmazonSyncErrorKind.AmazonApiError);
    public static readonly SyncErrorCode UnknownItem = new("Refund.UnknownItem", AmazonSyncErrorKind.MalformedData);
    public static readonly SyncErrorCode NothingRequested = new("Refund.NothingRequested", AmazonSyncErrorKind.Other);
    public static readonly SyncErrorCode AmountNotPositive = new("Refund.AmountNotPositive", AmazonSyncErrorKind.Other);
    public static readonly SyncErrorCode NetNotACredit = new("Refund.NetNotACredit", AmazonSyncErrorKind.Other);
    public static readonly SyncErrorCode ExceedsPaid = new("Refund.ExceedsPaid", AmazonSyncErrorKind.RefundRejected);
    public static readonly SyncErrorCode WrongCurrency = new("Refund.WrongCurrency", AmazonSyncErrorKind.UnknownCurrency);
    public static readonly SyncErrorCode StoreAmountNotMappable = new("Refund.StoreAmountNotMappable", AmazonSyncErrorKind.RefundRejected);
    public static readonly SyncErrorCode RefundRejectedByAmazon = new("Refund.RejectedByAmazon", AmazonSyncErrorKind.RefundRejected);

    public static readonly SyncErrorCode AlreadyShipped = new("Cancel.AlreadyShipped", AmazonSyncErrorKind.CancellationRejected);
    public static readonly SyncErrorCode QuantityExceeded = new("Cancel.QuantityExceeded", AmazonSyncErrorKind.CancellationRejected);
    public static readonly SyncErrorCode ReasonRequired = new("Cancel.ReasonRequired", AmazonSyncErrorKind.Other);
    public static readonly SyncErrorCode AlreadyCancelled = new("Cancel.AlreadyCancelled", AmazonSyncErrorKind.Other);
    public static readonly SyncErrorCode LocalOnlyNotAllowed = new("Cancel.LocalOnlyNotAllowed", AmazonSyncErrorKind.Other);
    public static readonly SyncErrorCode FulfilledByAmazon = new("Cancel.FulfilledByAmazon", AmazonSyncErrorKind.CancellationRejected);
    public static readonly SyncErrorCode CancelRejectedByAmazon = new("Cancel.RejectedByAmazon", AmazonSyncErrorKind.CancellationRejected);
    public static readonly SyncErrorCode NoBuyerRequest = new("Cancel.NoBuyerRequest", AmazonSyncErrorKind.Other);

    public static readonly SyncErrorCode NotWaiting = new("Queue.NotWaiting", AmazonSyncErrorKind.Other);
    public static readonly SyncErrorCode RejectReasonRequired = new("Queue.RejectReasonRequired", AmazonSyncErrorKind.Other);
}

/// <summary>A request that cannot be made as asked: the code and its arguments say why (shown to the admin, localized).</summary>
public sealed class RefundRequestException : Exception
{
    public RefundRequestException(SyncErrorCode code, params string[] arguments)
        : base($"{code.Value}: {string.Join(", ", arguments)}")
    {
        Code = code;
        Arguments = arguments;
    }

    public SyncErrorCode Code { get; }

    public IReadOnlyList<string> Arguments { get; }
}
