namespace FluentMigrator
{
    /// <summary>Whether a migration runs in the runner's transaction.</summary>
    public enum TransactionBehavior
    {
        Default = 0,
        None = 1
    }
}
