using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace Nop.Plugin.Misc.AmazonChannel.Services.Outbox;

/// <summary>Writes one XML feed document: an AmazonEnvelope holding one &lt;Message&gt; per outbound request.</summary>
public static class FeedEnvelopeWriter
{
    private static readonly XNamespace Xsi = "http://www.w3.org/2001/XMLSchema-instance";

    public static string Write(string merchantIdentifier, string messageType, IEnumerable<(int MessageId, XElement Payload)> messages)
    {
        var envelope = new XElement("AmazonEnvelope",
            new XAttribute(XNamespace.Xmlns + "xsi", Xsi),
            new XAttribute(Xsi + "noNamespaceSchemaLocation", "amzn-envelope.xsd"),
            new XElement("Header",
                new XElement("DocumentVersion", "1.01"),
                new XElement("MerchantIdentifier", merchantIdentifier)),
            new XElement("MessageType", messageType),
            messages.Select(m => new XElement("Message", new XElement("MessageID", m.MessageId), m.Payload)));

        var builder = new StringBuilder();
        using (var writer = XmlWriter.Create(new Utf8StringWriter(builder), new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
            new XDocument(new XDeclaration("1.0", "UTF-8", null), envelope).Save(writer);
        return builder.ToString();
    }

    private sealed class Utf8StringWriter(StringBuilder builder) : StringWriter(builder)
    {
        public override Encoding Encoding => Encoding.UTF8;
    }
}
