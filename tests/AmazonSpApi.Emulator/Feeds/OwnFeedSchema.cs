using System.Xml;
using System.Xml.Schema;

namespace AmazonSpApi.Emulator;

/// <summary>
/// The emulator's own schema of the order feed messages and the processing report (Feeds/Schemas/OrderFeeds.xsd,
/// written for this project and embedded in the assembly). It is the default, so the emulator needs no files from Amazon.
/// </summary>
public static class OwnFeedSchema
{
    public const string ResourceName = "AmazonSpApi.Emulator.Feeds.Schemas.OrderFeeds.xsd";

    private static readonly Lazy<XmlSchemaSet> Compiled = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The compiled schema set; every message type is a global element of it.</summary>
    public static XmlSchemaSet Set => Compiled.Value;

    /// <summary>The schema text, as embedded.</summary>
    public static string Text()
    {
        using var reader = new StreamReader(OpenResource());
        return reader.ReadToEnd();
    }

    private static XmlSchemaSet Load()
    {
        var set = new XmlSchemaSet { XmlResolver = null };
        using (var stream = OpenResource())
        using (var reader = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null }))
            set.Add(null, reader);
        set.Compile();
        return set;
    }

    private static Stream OpenResource() =>
        typeof(OwnFeedSchema).Assembly.GetManifestResourceStream(ResourceName)
        ?? throw new InvalidOperationException($"Embedded schema {ResourceName} is missing from {typeof(OwnFeedSchema).Assembly.GetName().Name}.");
}
