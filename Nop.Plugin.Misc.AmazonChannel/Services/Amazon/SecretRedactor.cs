using System.Text.RegularExpressions;

namespace Nop.Plugin.Misc.AmazonChannel.Services.Amazon;

/// <summary>
/// Takes Login with Amazon secrets out of any text bound for a log line or a sync error row, including when Amazon
/// echoes them back in an error body or a header: refresh tokens (Atzr|…), access tokens (Atza|…), client secrets
/// (amzn1.oa2-cs.v1.…) and the value of any refresh_token / client_secret / access_token / x-amz-access-token field.
/// </summary>
public static partial class SecretRedactor
{
    public const string Mask = "[redacted]";

    public static string Redact(string text)
    {
        if (string.IsNullOrEmpty(text))
            return text;
        var redacted = NamedSecret().Replace(text, match => match.Groups["name"].Value + Mask);
        return TokenShaped().Replace(redacted, Mask);
    }

    public static string? RedactOrNull(string? text) => text is null ? null : Redact(text);

    public static IReadOnlyList<string> Redact(IReadOnlyList<string> texts) => texts.Select(Redact).ToList();

    // Amazon's token shapes: the prefix, then base64url, percent-encoded or '|'-separated parts.
    [GeneratedRegex(@"Atz[ar](\||%7C)[A-Za-z0-9\-_.~+/=%|]+|amzn1\.oa2-cs\.v1\.[A-Za-z0-9]+", RegexOptions.CultureInvariant)]
    private static partial Regex TokenShaped();

    // "refresh_token":"…", client_secret=…, x-amz-access-token: … (JSON, form and header forms).
    [GeneratedRegex(@"(?<name>""?(refresh_token|client_secret|access_token|x-amz-access-token)""?\s*[:=]\s*""?)[^""&,\s}]+",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex NamedSecret();
}
