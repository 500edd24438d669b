using Npgsql;

namespace Nop.Plugin.Misc.AmazonChannel.BrowserTests;

/// <summary>nopCommerce's own log (System > Log), read from its database.</summary>
public static class NopLog
{
    private const int ErrorLevel = 40; // nopCommerce's LogLevel.Error; Fatal is 50

    /// <summary>
    /// Errors of the test bench, not of the store or the plugin: this machine has no network (the admin dashboard's
    /// nopCommerce news feed), and the scheduled e-mail task finds the store down while the stage restarts it.
    /// </summary>
    private static readonly string[] BenchNoise =
    [
        "No access to the news. Website www.nopcommerce.com is not available",
        "scheduled task failed with the \"Connection refused"
    ];

    /// <summary>The newest log entry's ID: entries after it were written by what came next.</summary>
    public static async Task<long> LastIdAsync()
    {
        await using var connection = await OpenAsync();
        await using var command = new NpgsqlCommand("SELECT COALESCE(MAX(\"Id\"), 0) FROM \"Log\"", connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync());
    }

    /// <summary>Errors logged after <paramref name="lastId"/>, but for the bench's own noise.</summary>
    public static async Task<IReadOnlyList<string>> ErrorsAfterAsync(long lastId)
    {
        await using var connection = await OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT \"ShortMessage\", \"PageUrl\" FROM \"Log\" WHERE \"LogLevelId\" >= @level AND \"Id\" > @id ORDER BY \"Id\"", connection);
        command.Parameters.AddWithValue("level", ErrorLevel);
        command.Parameters.AddWithValue("id", (int)lastId);
        var errors = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            var message = reader.GetString(0);
            if (!BenchNoise.Any(noise => message.Contains(noise, StringComparison.Ordinal)))
                errors.Add($"{message} (page: {(reader.IsDBNull(1) ? "none" : reader.GetString(1))})");
        }

        return errors;
    }

    /// <summary>The log watermark the stage script recorded before the store first saw the plugin.</summary>
    public static long StageStartId =>
        long.TryParse(Environment.GetEnvironmentVariable("NOP_LOG_START_ID"), out var id) ? id : 0;

    private static async Task<NpgsqlConnection> OpenAsync()
    {
        var connection = new NpgsqlConnection(StoreUnderTest.DatabaseConnectionString);
        await connection.OpenAsync();
        return connection;
    }
}
