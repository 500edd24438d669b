namespace Nop.Services.Security;

/// <summary>Encryption service (stand-in: a subset of the members).</summary>
public partial interface IEncryptionService
{
    /// <summary>Encrypts text; an empty key means the store's configured key.</summary>
    string EncryptText(string plainText, string encryptionPrivateKey = "");

    string DecryptText(string cipherText, string encryptionPrivateKey = "");
}
