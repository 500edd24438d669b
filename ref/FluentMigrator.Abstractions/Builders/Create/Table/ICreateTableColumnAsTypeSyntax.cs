namespace FluentMigrator.Builders.Create.Table
{
    /// <summary>Type step of a new table's column.</summary>
    public interface ICreateTableColumnAsTypeSyntax : IColumnTypeSyntax<ICreateTableColumnOptionOrWithColumnSyntax>
    {
    }
}
