namespace Nop.Plugin.Misc.AmazonChannel.Domain;

/// <summary>
/// Life cycle of an outbound request. A request stays recorded in every state until Amazon confirms it.
/// </summary>
public enum AmazonOutboundRequestState
{
    /// <summary>Waiting in the refund and cancellation queue for an admin (or the auto-submit task).</summary>
    AwaitingApproval = 10,

    /// <summary>Ready to send; sent at <see cref="AmazonOutboundRequest.NextAttemptOnUtc"/>.</summary>
    Pending = 20,

    /// <summary>Sent; waiting for Amazon's processing report.</summary>
    Submitted = 30,

    /// <summary>Amazon confirmed it.</summary>
    Accepted = 40,

    /// <summary>Amazon rejected it; the result says why.</summary>
    Rejected = 50,

    /// <summary>Rejected by an admin in the queue; never sent.</summary>
    Cancelled = 60,

    /// <summary>Amazon took it (204 or a clean processing report); waiting until a later read shows it applied.</summary>
    AwaitingVerification = 35,

    /// <summary>Not sent, and not sent until the reason (in the result) is fixed and the request is retried.</summary>
    Blocked = 70
}
