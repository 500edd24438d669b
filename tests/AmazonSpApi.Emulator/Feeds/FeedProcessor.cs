using System.Globalization;
using System.Text;
using System.Xml.Linq;

namespace AmazonSpApi.Emulator;

/// <summary>
/// Feed lifecycle in virtual time: IN_QUEUE, then IN_PROGRESS after a third of FeedProcessingDelay, then DONE (or
/// FATAL for an unusable envelope) after FeedProcessingDelay, when the messages are applied to the orders and the XML
/// processing report is stored as the result document.
/// </summary>
internal sealed class FeedProcessor(EmulatorCore core)
{
    private long _feeds;

    /// <summary>The result code the emulator gives an injected FATAL (Faults.FeedFatal).</summary>
    public const int InternalErrorCode = 90001;

    public EmulatedFeed Create(string feedType, string[] marketplaceIds, string inputDocumentId, DateTimeOffset now)
    {
        var n = ++_feeds;
        var delay = core.Options.FeedProcessingDelay;
        var feed = new EmulatedFeed
        {
            FeedId = (50_014_019_000L + n * 17 + (core.Options.Seed & 0xF)).ToString(CultureInfo.InvariantCulture),
            FeedType = feedType,
            MarketplaceIds = marketplaceIds,
            InputFeedDocumentId = inputDocumentId,
            CreatedTime = now,
            StartsAt = now + delay / 3,
            DoneAt = now + delay,
        };
        core.State.FeedList.Add(feed);
        return feed;
    }

    public DateTimeOffset? NextEvent(EmulatedFeed feed) => feed.ProcessingStatus switch
    {
        ProcessingStatuses.InQueue => feed.StartsAt,
        ProcessingStatuses.InProgress => feed.DoneAt,
        _ => null,
    };

    public void Advance(EmulatedFeed feed, DateTimeOffset at)
    {
        if (feed.ProcessingStatus == ProcessingStatuses.InQueue)
        {
            if (core.Faults.Decide("feedCancelled", feed.FeedId, 0, core.Options.Faults.FeedCancelled))
            {
                feed.ProcessingStatus = ProcessingStatuses.Cancelled;
                feed.ProcessingEndTime = at;
                return;
            }

            feed.ProcessingStatus = ProcessingStatuses.InProgress;
            feed.ProcessingStartTime = at;
            return;
        }

        Process(feed, at);
    }

    private void Process(EmulatedFeed feed, DateTimeOffset at)
    {
        var state = core.State;
        var content = state.DocumentMap[feed.InputFeedDocumentId].Content ?? [];
        var envelope = FeedDocumentReader.Read(content, feed.FeedType, core.Options.XsdDirectory);
        if (envelope.Fatal is null && core.Faults.Decide("feedFatal", feed.FeedId, 0, core.Options.Faults.FeedFatal))
            envelope = envelope with { Fatal = new MutationError(InternalErrorCode, "An internal error occurred while processing the feed; no message was processed. Submit the feed again."), Messages = [] };
        var messageType = FeedDocumentReader.MessageTypeFor(feed.FeedType);
        var results = new List<FeedMessageResult>();
        var successful = 0;

        if (envelope.Fatal is { } fatal)
            results.Add(new FeedMessageResult(0, "Error", fatal.Code, fatal.Message, null, null));

        foreach (var message in envelope.Messages)
        {
            var error = message.Error;
            string? orderId = message.Payload?.Element("AmazonOrderID")?.Value.Trim();
            if (error is null)
                error = OrderFeedHandlers.Apply(messageType, message.Payload!, state, feed.FeedId, at, out orderId);
            if (error is null)
                successful++;
            else
                results.Add(new FeedMessageResult(message.MessageId, "Error", error.Code, error.Message, orderId, error.OrderItemId));
        }

        var summary = new FeedResultSummary(envelope.Messages.Count, successful, envelope.Messages.Count - successful, 0, results);
        var report = ProcessingReportWriter.Write(state.SellerId, feed.FeedId, envelope.Fatal is null ? "Complete" : "Rejected", summary);
        var doc = core.Documents.Create("feedResult", "text/xml; charset=UTF-8", at, report, compress: false, restricted: false);

        feed.Result = summary;
        feed.ResultFeedDocumentId = doc.DocumentId;
        feed.ProcessingEndTime = at;
        feed.ProcessingStatus = envelope.Fatal is null ? ProcessingStatuses.Done : ProcessingStatuses.Fatal;
    }
}

/// <summary>Writes the XML processing report (ProcessingReport.xsd inside an AmazonEnvelope, MessageType ProcessingReport).</summary>
internal static class ProcessingReportWriter
{
    private static readonly XNamespace Xsi = "http://www.w3.org/2001/XMLSchema-instance";

    public static byte[] Write(string merchantId, string feedId, string statusCode, FeedResultSummary summary)
    {
        var report = new XElement("ProcessingReport",
            new XElement("DocumentTransactionID", feedId),
            new XElement("StatusCode", statusCode),
            new XElement("ProcessingSummary",
                new XElement("MessagesProcessed", summary.MessagesProcessed),
                new XElement("MessagesSuccessful", summary.MessagesSuccessful),
                new XElement("MessagesWithError", summary.MessagesWithError),
                new XElement("MessagesWithWarning", summary.MessagesWithWarning)),
            summary.Results.Select(ResultElement));

        var envelope = new XDocument(new XDeclaration("1.0", "UTF-8", null),
            new XElement("AmazonEnvelope",
                new XAttribute(XNamespace.Xmlns + "xsi", Xsi),
                new XAttribute(Xsi + "noNamespaceSchemaLocation", "amzn-envelope.xsd"),
                new XElement("Header", new XElement("DocumentVersion", "1.02"), new XElement("MerchantIdentifier", merchantId)),
                new XElement("MessageType", "ProcessingReport"),
                new XElement("Message", new XElement("MessageID", 1), report)));

        using var buffer = new MemoryStream();
        using (var writer = new StreamWriter(buffer, new UTF8Encoding(false), leaveOpen: true))
            envelope.Save(writer);
        return buffer.ToArray();
    }

    private static XElement ResultElement(FeedMessageResult r)
    {
        var result = new XElement("Result",
            new XElement("MessageID", r.MessageId),
            new XElement("ResultCode", r.ResultCode),
            new XElement("ResultMessageCode", r.ResultMessageCode),
            new XElement("ResultDescription", r.ResultDescription));
        var validOrderId = r.AmazonOrderId is { } id && OrdersApi.OrderIdPattern().IsMatch(id);
        var validItem = r.AmazonOrderItemCode is { Length: 14 } code && code.All(char.IsAsciiDigit);
        if (validOrderId || validItem)
        {
            result.Add(new XElement("AdditionalInfo",
                validOrderId ? new XElement("AmazonOrderID", r.AmazonOrderId) : null,
                validItem ? new XElement("AmazonOrderItemCode", r.AmazonOrderItemCode) : null));
        }

        return result;
    }
}
