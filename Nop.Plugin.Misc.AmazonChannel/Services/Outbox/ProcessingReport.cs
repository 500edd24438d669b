using System.Globalization;
using System.Xml;
using System.Xml.Linq;

namespace Nop.Plugin.Misc.AmazonChannel.Services.Outbox;

/// <summary>One Result of a processing report (ProcessingReport.xsd).</summary>
public sealed record ProcessingReportResult(int MessageId, string ResultCode, string? ResultMessageCode, string? ResultDescription, string? AmazonOrderId)
{
    public bool IsError => string.Equals(ResultCode, "Error", StringComparison.OrdinalIgnoreCase);
}

/// <summary>
/// Amazon's XML processing report of a feed: status, summary and the results (errors and warnings), each naming the
/// MessageID it is about, or 0 / nothing when it concerns the whole document.
/// </summary>
public sealed class ProcessingReport
{
    public string StatusCode { get; private init; } = string.Empty;

    public int MessagesProcessed { get; private init; }

    public int MessagesSuccessful { get; private init; }

    public int MessagesWithError { get; private init; }

    public IReadOnlyList<ProcessingReportResult> Results { get; private init; } = [];

    /// <summary>Parses the report; a document that is not one throws <see cref="InvalidDataException"/>.</summary>
    public static ProcessingReport Parse(string xml)
    {
        XDocument document;
        try
        {
            document = XDocument.Parse(xml);
        }
        catch (XmlException exception)
        {
            throw new InvalidDataException("The feed processing report is not XML: " + exception.Message, exception);
        }

        var report = document.Descendants("ProcessingReport").FirstOrDefault()
            ?? throw new InvalidDataException("The feed result document holds no ProcessingReport.");
        var summary = report.Element("ProcessingSummary");
        return new ProcessingReport
        {
            StatusCode = report.Element("StatusCode")?.Value.Trim() ?? string.Empty,
            MessagesProcessed = Number(summary?.Element("MessagesProcessed")),
            MessagesSuccessful = Number(summary?.Element("MessagesSuccessful")),
            MessagesWithError = Number(summary?.Element("MessagesWithError")),
            Results = report.Elements("Result").Select(result => new ProcessingReportResult(
                Number(result.Element("MessageID")),
                result.Element("ResultCode")?.Value.Trim() ?? "Error",
                result.Element("ResultMessageCode")?.Value.Trim(),
                result.Element("ResultDescription")?.Value.Trim(),
                result.Element("AdditionalInfo")?.Element("AmazonOrderID")?.Value.Trim())).ToList()
        };
    }

    private static int Number(XElement? element) =>
        int.TryParse(element?.Value.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : 0;
}
