using FluentMigrator.Infrastructure;

namespace FluentMigrator.Builders.Create.Table
{
    /// <summary>Adds a column to the table being created.</summary>
    public interface ICreateTableWithColumnSyntax : IFluentSyntax
    {
        ICreateTableColumnAsTypeSyntax WithColumn(string name);
    }
}
