namespace FluentMigrator.Builders.Create.Index
{
    /// <summary>After a column's sort order: the next column or options (declared minimally: no CurrentColumn).</summary>
    public interface ICreateIndexMoreColumnOptionsSyntax : ICreateIndexOnColumnSyntax
    {
    }
}
