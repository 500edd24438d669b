namespace FluentMigrator.Builders.Create.Table
{
    /// <summary>Result of Create.Table (declared minimally: no WithDescription).</summary>
    public interface ICreateTableWithColumnOrSchemaOrDescriptionSyntax : ICreateTableWithColumnOrSchemaSyntax
    {
    }
}
