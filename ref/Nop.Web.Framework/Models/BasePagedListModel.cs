namespace Nop.Web.Framework.Models;

/// <summary>
/// Base of the page of rows a DataTables grid reads. The real one names the JSON properties draw, recordsFiltered and
/// recordsTotal (Newtonsoft attributes, left out here: the host's type is the one serialized).
/// </summary>
public abstract partial record BasePagedListModel<T> : BaseNopModel, IPagedModel<T> where T : BaseNopModel
{
    public IEnumerable<T> Data { get; set; }

    public string Draw { get; set; }

    public int RecordsFiltered { get; set; }

    public int RecordsTotal { get; set; }
}
