namespace FluentMigrator.Builders.Create.Table
{
    /// <summary>After a foreign key: its cascade rules, more options, or the next column.</summary>
    public interface ICreateTableColumnOptionOrForeignKeyCascadeOrWithColumnSyntax :
        ICreateTableColumnOptionOrWithColumnSyntax,
        IForeignKeyCascadeSyntax<ICreateTableColumnOptionOrWithColumnSyntax, ICreateTableColumnOptionOrForeignKeyCascadeOrWithColumnSyntax>
    {
    }
}
