namespace Nop.Plugin.Misc.AmazonChannel.Services.Outbox;

/// <summary>The outbox's timing rules in one place.</summary>
public static class OutboxPolicy
{
    /// <summary>Amazon asks for no more than one feed of a type every 20 minutes.</summary>
    public static readonly TimeSpan FeedSpacing = TimeSpan.FromMinutes(20);

    /// <summary>A feed still IN_QUEUE or IN_PROGRESS this long after createFeed is reported as stuck.</summary>
    public static readonly TimeSpan FeedStuckAfter = TimeSpan.FromHours(2);

    /// <summary>After an interrupted feed submission, the time Amazon may need to process a feed that was created after all.</summary>
    public static readonly TimeSpan InterruptedFeedSettleTime = TimeSpan.FromMinutes(45);

    /// <summary>Most messages in one feed document (10 MiB is Amazon's advice; a message is well under 2 KiB).</summary>
    public const int MaxMessagesPerFeed = 5000;

    /// <summary>A FATAL feed is re-sent this many times before its requests are rejected.</summary>
    public const int MaxFatalAttempts = 3;

    /// <summary>Sends after which Amazon still not showing a request is an error rather than a resend.</summary>
    public const int MaxSendsWithoutEffect = 3;

    /// <summary>Transient failures after which a sync error is raised (the request keeps being retried).</summary>
    public const int ReportFailingAfterAttempts = 5;

    /// <summary>
    /// A completed request whose handler has not recorded its part is run again by the sweep only this long after it
    /// completed, so a transition still running elsewhere (a lock that expired) is not raced.
    /// </summary>
    public static readonly TimeSpan UnhandledGrace = TimeSpan.FromMinutes(2);

    /// <summary>Requests completed longer ago than this are not swept (bounds the query; a week of outbox runs missed them).</summary>
    public static readonly TimeSpan UnhandledLookBack = TimeSpan.FromDays(7);

    /// <summary>Most completed requests one sweep runs again (oldest first; the rest wait for the next outbox run).</summary>
    public const int UnhandledPageSize = 50;

    /// <summary>The outbox run of an account holds its lock at most this long.</summary>
    public static readonly TimeSpan RunLockTime = TimeSpan.FromMinutes(30);

    /// <summary>Delay before attempt <paramref name="attempts"/> + 1 after a transient failure: 1, 2, 4, ... minutes, at most an hour.</summary>
    public static TimeSpan Backoff(int attempts) => TimeSpan.FromMinutes(Math.Min(60, Math.Pow(2, Math.Clamp(attempts - 1, 0, 6))));

    public static string LockResource(int accountId) => $"Nop.Plugin.Misc.AmazonChannel.Outbox.{accountId}";
}
