namespace Nop.Plugin.Misc.AmazonChannel.SellingPartnerApi.Http;

/// <summary>Polls on the <see cref="TimeProvider"/> until a condition holds.</summary>
internal static class Polling
{
    public static async Task<T> UntilAsync<T>(
        Func<CancellationToken, Task<T>> poll,
        Func<T, bool> isFinished,
        TimeSpan interval,
        TimeSpan timeout,
        TimeProvider time,
        string what,
        CancellationToken cancellationToken)
    {
        var deadline = time.GetUtcNow() + timeout;
        while (true)
        {
            var value = await poll(cancellationToken).ConfigureAwait(false);
            if (isFinished(value))
                return value;
            if (time.GetUtcNow() + interval > deadline)
                throw new TimeoutException($"{what} did not finish within {timeout}; poll it again later.");

            await Task.Delay(interval, time, cancellationToken).ConfigureAwait(false);
        }
    }
}
