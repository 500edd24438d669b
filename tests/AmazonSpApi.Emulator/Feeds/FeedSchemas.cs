using System.Collections.Concurrent;
using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;

namespace AmazonSpApi.Emulator;

/// <summary>
/// The schemas feed message payloads (e.g. &lt;OrderFulfillment&gt;) are validated against. By default these are the
/// emulator's own (<see cref="OwnFeedSchema"/>, carried in the assembly). When <see cref="EmulatorOptions.XsdDirectory"/>
/// is set, Amazon's original message XSDs are read from that folder at run time instead (never copied into the
/// repository). The full amzn-envelope.xsd includes files that do not exist, so each payload is validated against its
/// own XSD, which includes only amzn-base.xsd. Compiled schema sets are cached per file.
/// </summary>
public static class FeedSchemas
{
    /// <summary>The message payloads of the order feeds, and the processing report written for them.</summary>
    public static IReadOnlyList<string> MessageTypes { get; } = ["OrderFulfillment", "OrderAcknowledgement", "OrderAdjustment", "ProcessingReport"];

    private static readonly ConcurrentDictionary<string, Lazy<XmlSchemaSet>> AmazonCache = new(StringComparer.Ordinal);

    /// <summary>The schema set for a message type: Amazon's XSD in <paramref name="xsdDirectory"/>, or the emulator's own when null.</summary>
    public static XmlSchemaSet ForMessage(string? xsdDirectory, string messageType)
    {
        if (!MessageTypes.Contains(messageType))
            throw new ArgumentOutOfRangeException(nameof(messageType), messageType, "Not an order feed message type.");
        return xsdDirectory is null ? OwnFeedSchema.Set : Amazon(xsdDirectory, messageType);
    }

    /// <summary>Loads Amazon's XSDs of the three feed messages, so that a wrong folder fails when the emulator starts.</summary>
    public static void RequireAmazonFeedSchemas(string xsdDirectory)
    {
        foreach (var messageType in MessageTypes)
            Amazon(xsdDirectory, messageType);
    }

    /// <summary>Validates one element against a schema set; returns the validation errors (empty when valid).</summary>
    public static IReadOnlyList<string> Validate(XElement element, XmlSchemaSet schemas)
    {
        var errors = new List<string>();
        var settings = new XmlReaderSettings { ValidationType = ValidationType.Schema, Schemas = schemas };
        settings.ValidationFlags |= XmlSchemaValidationFlags.ReportValidationWarnings;
        settings.ValidationEventHandler += (_, e) =>
        {
            if (e.Severity == XmlSeverityType.Error || e.Message.Contains("schema information", StringComparison.Ordinal))
                errors.Add(e.Message);
        };
        var copy = new XElement(element);
        using var reader = XmlReader.Create(new StringReader(copy.ToString(SaveOptions.DisableFormatting)), settings);
        while (reader.Read())
        {
        }

        return errors;
    }

    private static XmlSchemaSet Amazon(string xsdDirectory, string messageType)
    {
        var path = Path.GetFullPath(Path.Combine(xsdDirectory, messageType + ".xsd"));
        return AmazonCache.GetOrAdd(path, p => new Lazy<XmlSchemaSet>(() => LoadAmazon(p), LazyThreadSafetyMode.ExecutionAndPublication)).Value;
    }

    private static XmlSchemaSet LoadAmazon(string path)
    {
        if (!File.Exists(path))
            throw new FileNotFoundException($"Amazon XSD not found: {path}. EmulatorOptions.XsdDirectory (--xsd) must be the folder holding Amazon's order XSDs, or null for the emulator's own schemas.", path);
        var set = new XmlSchemaSet { XmlResolver = new XmlUrlResolver() };
        using (var reader = XmlReader.Create(path, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null }))
            set.Add(null, reader);
        set.Compile();
        return set;
    }
}
