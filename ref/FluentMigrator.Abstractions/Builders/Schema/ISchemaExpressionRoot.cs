using FluentMigrator.Builders.Schema.Table;
using FluentMigrator.Infrastructure;

namespace FluentMigrator.Builders.Schema
{
    /// <summary>Starting point of schema queries.</summary>
    public interface ISchemaExpressionRoot : IFluentSyntax
    {
        ISchemaTableSyntax Table(string tableName);
    }
}
