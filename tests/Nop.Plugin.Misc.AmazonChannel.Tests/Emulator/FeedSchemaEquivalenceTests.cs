using System.Xml.Linq;
using System.Xml.Schema;
using AmazonSpApi.Emulator;
using Nop.Plugin.Misc.AmazonChannel.Tests.Infrastructure;

namespace Nop.Plugin.Misc.AmazonChannel.Tests.Emulator;

/// <summary>
/// The emulator's own feed schema (Feeds/Schemas/OrderFeeds.xsd) against Amazon's original XSDs: the same verdict on
/// every sample document, and the same shape (elements, order, occurrences, types, facets, enumerations). The own
/// schema's verdicts run everywhere; the comparisons with Amazon's files need ../shared/amazon-sp-api.
/// </summary>
public class FeedSchemaEquivalenceTests
{
    public static IEnumerable<FeedSchemaSample> Samples => FeedSchemaSamples.All;

    public static IEnumerable<string> MessageTypes => FeedSchemas.MessageTypes;

    [TestCaseSource(nameof(Samples))]
    public void Own_schema_accepts_exactly_the_valid_samples(FeedSchemaSample sample) =>
        AssertVerdict(sample, FeedSchemas.ForMessage(null, sample.MessageType), "the emulator's own schema");

    [TestCaseSource(nameof(Samples))]
    public void Amazons_xsd_gives_every_sample_the_same_verdict(FeedSchemaSample sample)
    {
        TestPaths.RequireAmazonReferenceFiles();
        AssertVerdict(sample, FeedSchemas.ForMessage(TestPaths.AmazonXsdDir, sample.MessageType), $"Amazon's {sample.MessageType}.xsd");
    }

    [TestCaseSource(nameof(MessageTypes))]
    public void Own_schema_has_the_shape_of_amazons_xsd(string messageType)
    {
        TestPaths.RequireAmazonReferenceFiles();
        var own = SchemaShape.Of(FeedSchemas.ForMessage(null, messageType), messageType);
        var amazon = SchemaShape.Of(FeedSchemas.ForMessage(TestPaths.AmazonXsdDir, messageType), messageType);

        Assert.That(own, Is.EqualTo(amazon), "own:\n" + string.Join("\n", own) + "\n\nAmazon:\n" + string.Join("\n", amazon));
    }

    [TestCaseSource(nameof(MessageTypes))]
    public void Every_message_type_has_valid_and_invalid_samples(string messageType)
    {
        var samples = FeedSchemaSamples.All.Where(s => s.MessageType == messageType).ToList();
        Assert.That(samples.Count(s => s.Valid), Is.GreaterThanOrEqualTo(2));
        Assert.That(samples.Count(s => !s.Valid), Is.GreaterThanOrEqualTo(4));
    }

    [Test]
    public void Own_schema_is_this_projects_text_not_a_copy_of_amazons()
    {
        var text = OwnFeedSchema.Text();
        Assert.That(text, Does.Not.Contain("AMAZON.COM CONFIDENTIAL"));
        Assert.That(text, Does.Not.Contain("amzn-base.xsd"));
        Assert.That(text, Does.Contain("Written for this project"));
    }

    private static void AssertVerdict(FeedSchemaSample sample, XmlSchemaSet schemas, string schemaName)
    {
        var errors = FeedSchemas.Validate(XElement.Parse(sample.Xml), schemas);
        if (sample.Valid)
            Assert.That(errors, Is.Empty, $"{schemaName} rejects a valid sample");
        else
            Assert.That(errors, Is.Not.Empty, $"{schemaName} accepts an invalid sample");
    }
}
