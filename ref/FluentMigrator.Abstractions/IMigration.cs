namespace FluentMigrator
{
    /// <summary>A migration (declared as a marker: MigrationBase implements it).</summary>
    public interface IMigration
    {
    }
}
