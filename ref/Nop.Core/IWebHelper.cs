namespace Nop.Core;

/// <summary>Request and URL helpers of nopCommerce.</summary>
public partial interface IWebHelper
{
    string GetStoreLocation(bool? useSsl = null);
}
