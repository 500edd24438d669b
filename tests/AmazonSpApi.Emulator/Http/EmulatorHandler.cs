using System.Net;

namespace AmazonSpApi.Emulator;

/// <summary>In-process HttpMessageHandler: converts HttpRequestMessage to the emulator's request and back.</summary>
internal sealed class EmulatorHandler(EmulatorCore core) : HttpMessageHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.RequestUri is not { IsAbsoluteUri: true } url)
            throw new InvalidOperationException("The emulator needs absolute request URIs (set HttpClient.BaseAddress).");

        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var header in request.Headers)
            headers[header.Key] = string.Join(",", header.Value);
        byte[] body = [];
        string? contentType = null;
        if (request.Content is not null)
        {
            foreach (var header in request.Content.Headers)
                headers[header.Key] = string.Join(",", header.Value);
            body = await request.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
            contentType = request.Content.Headers.ContentType?.ToString();
        }

        var emulatorRequest = new EmulatorRequest
        {
            Method = request.Method.Method.ToUpperInvariant(),
            Url = url,
            Headers = headers,
            Body = body,
            ContentType = contentType,
        };

        // Run off the caller's synchronization context, as a real network call would complete.
        await Task.Yield();
        var response = await core.ProcessAsync(emulatorRequest, cancellationToken).ConfigureAwait(false);

        var message = new HttpResponseMessage((HttpStatusCode)response.Status)
        {
            RequestMessage = request,
            Content = new ByteArrayContent(response.Body),
        };
        if (response.ContentType is not null)
            message.Content.Headers.TryAddWithoutValidation("Content-Type", response.ContentType);
        foreach (var (name, value) in response.Headers)
        {
            if (!message.Headers.TryAddWithoutValidation(name, value))
                message.Content.Headers.TryAddWithoutValidation(name, value);
        }

        return message;
    }
}
