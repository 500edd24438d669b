namespace FluentMigrator.Builders.Schema.Table
{
    /// <summary>Queries about a table (only Exists). Unlike the builders it does not extend IFluentSyntax.</summary>
    public interface ISchemaTableSyntax
    {
        bool Exists();
    }
}
