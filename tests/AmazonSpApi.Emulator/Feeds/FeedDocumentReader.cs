using System.Text;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;

namespace AmazonSpApi.Emulator;

/// <summary>One &lt;Message&gt; of an envelope: its MessageID and payload, or why it cannot be processed.</summary>
internal sealed record FeedMessage(long MessageId, XElement? Payload, MutationError? Error);

/// <summary>A parsed envelope, or the fatal reason it cannot be used.</summary>
internal sealed record FeedEnvelope(IReadOnlyList<FeedMessage> Messages, MutationError? Fatal);

/// <summary>Parses an XML feed envelope and validates it: the envelope by hand, each payload against <see cref="FeedSchemas"/> (the emulator's own, or Amazon's XSDs when a folder is configured).</summary>
internal static partial class FeedDocumentReader
{
    public static string MessageTypeFor(string feedType) => feedType switch
    {
        "POST_ORDER_FULFILLMENT_DATA" => "OrderFulfillment",
        "POST_ORDER_ACKNOWLEDGEMENT_DATA" => "OrderAcknowledgement",
        "POST_PAYMENT_ADJUSTMENT_DATA" => "OrderAdjustment",
        _ => throw new ArgumentOutOfRangeException(nameof(feedType), feedType, "Unsupported feed type."),
    };

    [GeneratedRegex(@"^\d{1,2}\.\d{1,2}$")]
    private static partial Regex DocumentVersionPattern();

    public static FeedEnvelope Read(byte[] content, string feedType, string? xsdDirectory)
    {
        XDocument doc;
        try
        {
            var text = Encoding.UTF8.GetString(content).TrimStart('\uFEFF');
            doc = XDocument.Parse(text, LoadOptions.SetLineInfo);
        }
        catch (XmlException e)
        {
            return Fatal(ResultCodes.XmlParseError, $"XML Parsing Fatal Error at Line {e.LineNumber}, Column {e.LinePosition}: {e.Message}");
        }

        var root = doc.Root!;
        if (root.Name.LocalName != "AmazonEnvelope" || root.Name.Namespace != XNamespace.None)
            return Fatal(ResultCodes.EnvelopeInvalid, $"The XML you submitted is ill-formed at the Amazon Envelope XML level: the root element is <{root.Name.LocalName}>, expected <AmazonEnvelope>.");

        var header = root.Element("Header");
        var version = header?.Element("DocumentVersion")?.Value.Trim();
        var merchant = header?.Element("MerchantIdentifier")?.Value.Trim();
        if (header is null || version is null || !DocumentVersionPattern().IsMatch(version) || string.IsNullOrEmpty(merchant))
            return Fatal(ResultCodes.EnvelopeInvalid, "The XML you submitted is ill-formed at the Amazon Envelope XML level: Header needs DocumentVersion (e.g. 1.01) and MerchantIdentifier.");

        var expected = MessageTypeFor(feedType);
        var messageType = root.Element("MessageType")?.Value.Trim();
        if (messageType != expected)
            return Fatal(ResultCodes.EnvelopeInvalid, $"The XML you submitted is ill-formed at the Amazon Envelope XML level: MessageType '{messageType}' does not match feed type {feedType} (expected {expected}).");

        var messageElements = root.Elements("Message").ToArray();
        if (messageElements.Length == 0)
            return Fatal(ResultCodes.EnvelopeInvalid, "The XML you submitted is ill-formed at the Amazon Envelope XML level: the envelope contains no Message.");

        var schemas = FeedSchemas.ForMessage(xsdDirectory, expected);
        var seen = new HashSet<long>();
        var messages = new List<FeedMessage>();
        foreach (var element in messageElements)
        {
            var idText = element.Element("MessageID")?.Value.Trim();
            if (!long.TryParse(idText, out var id) || id < 1)
            {
                messages.Add(new FeedMessage(0, null, new(ResultCodes.SchemaInvalid, $"The data provided in the file could not be validated: MessageID '{idText}' is missing or not a positive integer.")));
                continue;
            }

            if (!seen.Add(id))
            {
                messages.Add(new FeedMessage(id, null, new(ResultCodes.DuplicateMessageId, $"MessageID {id} is used by more than one message in this feed.")));
                continue;
            }

            var payload = element.Element(expected);
            if (payload is null)
            {
                messages.Add(new FeedMessage(id, null, new(ResultCodes.SchemaInvalid, $"The data provided in the file could not be validated: message {id} has no <{expected}> element.")));
                continue;
            }

            if (FeedSchemas.Validate(payload, schemas) is { Count: > 0 } errors)
            {
                var line = ((IXmlLineInfo)payload).HasLineInfo() ? $" (line {((IXmlLineInfo)payload).LineNumber})" : "";
                messages.Add(new FeedMessage(id, payload, new(ResultCodes.SchemaInvalid,
                    $"The data provided in the file could not be validated against the {expected} schema{line}: {string.Join(" ", errors.Take(3))}")));
                continue;
            }

            messages.Add(new FeedMessage(id, payload, null));
        }

        return new FeedEnvelope(messages, null);
    }

    private static FeedEnvelope Fatal(int code, string message) => new([], new MutationError(code, message));
}
