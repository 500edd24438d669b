using System.Collections.Concurrent;
using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;

namespace AmazonSpApi.Emulator;

/// <summary>
/// Loads Amazon's message XSDs at run time from <see cref="EmulatorOptions.XsdDirectory"/> (never copied into the
/// repository). The full amzn-envelope.xsd includes files that do not exist, so each message payload
/// (e.g. &lt;OrderFulfillment&gt;) is validated against its own XSD, which includes only amzn-base.xsd.
/// Compiled schema sets are cached per folder and message type.
/// </summary>
internal static class FeedSchemas
{
    private static readonly ConcurrentDictionary<string, Lazy<XmlSchemaSet>> Cache = new(StringComparer.Ordinal);

    public static XmlSchemaSet ForMessage(string xsdDirectory, string messageType)
    {
        var path = Path.GetFullPath(Path.Combine(xsdDirectory, messageType + ".xsd"));
        return Cache.GetOrAdd(path, p => new Lazy<XmlSchemaSet>(() => Load(p), LazyThreadSafetyMode.ExecutionAndPublication)).Value;
    }

    private static XmlSchemaSet Load(string path)
    {
        if (!File.Exists(path))
            throw new FileNotFoundException($"Amazon XSD not found: {path}. Set EmulatorOptions.XsdDirectory to the folder holding the order XSDs.", path);
        var set = new XmlSchemaSet { XmlResolver = new XmlUrlResolver() };
        using (var reader = XmlReader.Create(path, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null }))
            set.Add(null, reader);
        set.Compile();
        return set;
    }

    /// <summary>Validates one element against a schema set; returns the validation errors (empty when valid).</summary>
    public static List<string> Validate(XElement element, XmlSchemaSet schemas)
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
}
