using FluentMigrator.Infrastructure;

namespace FluentMigrator.Builders.Create.Index
{
    /// <summary>Adds a column or options to a new index.</summary>
    public interface ICreateIndexOnColumnSyntax : IFluentSyntax
    {
        ICreateIndexColumnOptionsSyntax OnColumn(string columnName);

        ICreateIndexOptionsSyntax WithOptions();
    }
}
