using System.Text.Json;
using Nop.Core;

namespace Nop.Plugin.Misc.AmazonChannel.Domain;

/// <summary>
/// A problem an admin has to see and resolve; nothing is skipped silently.
/// </summary>
public class AmazonSyncError : BaseEntity
{
    public int AccountId { get; set; }

    public int? OrderLinkId { get; set; }

    public string? AmazonOrderId { get; set; }

    public int KindId { get; set; }

    /// <summary>Stable code (<see cref="SyncErrorCode"/>); its locale resource is the text the admin reads.</summary>
    public string Code { get; set; } = string.Empty;

    /// <summary>The code's arguments as a JSON array of strings (order IDs, SKUs, row numbers; never buyer data).</summary>
    public string? Arguments { get; set; }

    /// <summary>The English text of the error (code's default text with its arguments), for logs and old rows.</summary>
    public string Message { get; set; } = string.Empty;

    public string? Details { get; set; }

    public DateTime OccurredOnUtc { get; set; }

    public bool IsResolved { get; set; }

    public DateTime? ResolvedOnUtc { get; set; }

    public AmazonSyncErrorKind Kind
    {
        get => (AmazonSyncErrorKind)KindId;
        set => KindId = (int)value;
    }

    public static string ResourceKeyFor(string code) => $"{AmazonChannelDefaults.LocalePrefix}.SyncErrors.{code}";

    public IReadOnlyList<string> GetArguments() =>
        string.IsNullOrEmpty(Arguments) ? [] : JsonSerializer.Deserialize<string[]>(Arguments) ?? [];

    public void SetArguments(IReadOnlyList<string> arguments) =>
        Arguments = arguments.Count == 0 ? null : JsonSerializer.Serialize(arguments);
}
