using System.Text;
using Nop.Plugin.Misc.AmazonChannel.SellingPartnerApi.Documents;

namespace Nop.Plugin.Misc.AmazonChannel.Tests.Reports;

/// <summary>Report documents are decoded by the charset Amazon names in the download's Content-Type.</summary>
public class DocumentCharsetTests
{
    private const string Buyer = "Jörg Müller-Lüdenscheidt „Straße“ €";
    private const string JapaneseBuyer = "山田 太郎 ①";

    // The bytes as Amazon sends them, written out: encoding them here would need the code-page provider, and
    // registering it in the test would hide a plugin that forgets to.
    private static readonly byte[] _cp1252Buyer =
        [74, 246, 114, 103, 32, 77, 252, 108, 108, 101, 114, 45, 76, 252, 100, 101, 110, 115, 99, 104, 101, 105, 100, 116, 32, 132, 83, 116, 114, 97, 223, 101, 147, 32, 128];

    private static readonly byte[] _windows31JBuyer = [142, 82, 147, 99, 32, 145, 190, 152, 89, 32, 135, 64];

    private static string Decode(byte[] bytes, string? contentType) => new SpApiDocument("D1", bytes, contentType).GetText();

    [TestCase("text/plain;charset=Cp1252")]
    [TestCase("text/plain; charset=cp1252")]
    [TestCase("text/plain; charset=windows-1252")]
    [TestCase("text/plain; charset=\"Cp1252\"")]
    [TestCase("text/plain; charset=ISO-8859-1")]
    [TestCase("text/plain; charset=ISO8859_1")]
    [TestCase("text/plain; charset=x-cp1252")]
    [TestCase("text/plain; charset=latin1")]
    [TestCase("text/plain; charset=US-ASCII")]
    public void WindowsCharsets_UnderEveryNameAmazonUses_DecodeWithoutMojibake(string contentType)
    {
        var text = Decode(_cp1252Buyer, contentType);

        Assert.That(text, Is.EqualTo(Buyer));
    }

    [TestCase("text/plain;charset=Shift_JIS")]
    [TestCase("text/plain;charset=windows-31j")]
    [TestCase("text/plain;charset=x-sjis")]
    [TestCase("text/plain;charset=MS932")]
    [TestCase("text/plain;charset=SJIS")]
    [TestCase("text/plain;charset=cp932")]
    [TestCase("text/plain;charset=csWindows31J")]
    public void JapaneseCharsets_UnderEveryNameAmazonUses_Decode(string contentType)
    {
        var text = Decode(_windows31JBuyer, contentType);

        Assert.That(text, Is.EqualTo(JapaneseBuyer));
    }

    [TestCase(null)]
    [TestCase("text/plain;charset=UTF-8")]
    [TestCase("text/plain;charset=utf8")]
    [TestCase("application/octet-stream")]
    public void Utf8_WithOrWithoutByteOrderMark_Decodes(string? contentType)
    {
        Assert.That(Decode(Encoding.UTF8.GetBytes(Buyer), contentType), Is.EqualTo(Buyer));
        Assert.That(Decode([.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes(Buyer)], contentType), Is.EqualTo(Buyer));
    }

    [Test]
    public void AByteOrderMark_WinsOverTheNamedCharset()
    {
        Assert.That(Decode([.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes(Buyer)], "text/plain;charset=Cp1252"), Is.EqualTo(Buyer));
    }

    [Test]
    public void BytesThatAreNotValidInTheCharset_AreRefused_NeverDecodedToReplacementCharacters()
    {
        var cp1252 = _cp1252Buyer;

        var unnamed = Assert.Throws<InvalidDataException>(() => Decode(cp1252, null))!;
        var mislabelled = Assert.Throws<InvalidDataException>(() => Decode(cp1252, "text/plain; charset=UTF-8"))!;

        Assert.That(unnamed.Message, Does.Contain("D1").And.Contain("UTF-8").And.Contain("byte 1"));
        Assert.That(mislabelled.Message, Does.Contain("not valid UTF-8"));
    }

    [Test]
    public void AnUnknownCharset_IsRefusedNamingIt()
    {
        var exception = Assert.Throws<InvalidDataException>(() => Decode("abc"u8.ToArray(), "text/plain; charset=x-klingon"))!;

        Assert.That(exception.Message, Does.Contain("'x-klingon'"));
    }
}
