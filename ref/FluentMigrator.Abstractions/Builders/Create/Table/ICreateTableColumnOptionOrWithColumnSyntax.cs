namespace FluentMigrator.Builders.Create.Table
{
    /// <summary>Options of a new table's column, or the next column.</summary>
    public interface ICreateTableColumnOptionOrWithColumnSyntax :
        IColumnOptionSyntax<ICreateTableColumnOptionOrWithColumnSyntax, ICreateTableColumnOptionOrForeignKeyCascadeOrWithColumnSyntax>,
        ICreateTableWithColumnSyntax
    {
    }
}
