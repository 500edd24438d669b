namespace FluentMigrator.Builders.Create.Table
{
    /// <summary>Declared minimally (no InSchema).</summary>
    public interface ICreateTableWithColumnOrSchemaSyntax : ICreateTableWithColumnSyntax
    {
    }
}
