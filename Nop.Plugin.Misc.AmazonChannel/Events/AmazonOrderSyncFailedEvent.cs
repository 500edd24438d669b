using Nop.Plugin.Misc.AmazonChannel.Domain;

namespace Nop.Plugin.Misc.AmazonChannel.Events;

/// <summary>Published when an Amazon order could not be imported or synchronised; the sync error says why.</summary>
public sealed record AmazonOrderSyncFailedEvent(int AccountId, string AmazonOrderId, AmazonSyncErrorKind Kind, string Message, AmazonOrderLink? Link);
