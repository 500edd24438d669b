namespace Nop.Web.Framework.Models;

/// <summary>
/// Base of the search models a DataTables grid posts (Start, Length, Draw). Declared in full because plugin models
/// derive from it; <see cref="Page"/> returns 0 here (the real one computes it from Start and Length) and the page-size
/// setters do nothing.
/// </summary>
public abstract partial record BaseSearchModel : BaseNopModel, IPagingRequestModel
{
    protected BaseSearchModel()
    {
        Length = 10;
    }

    public int Page => 0;

    public int PageSize => Length;

    public string AvailablePageSizes { get; set; }

    public string Draw { get; set; }

    public int Start { get; set; }

    public int Length { get; set; }

    public virtual void SetGridPageSize()
    {
    }

    public virtual void SetPopupGridPageSize()
    {
    }

    public virtual void SetGridPageSize(int pageSize, string availablePageSizes = null)
    {
    }
}
