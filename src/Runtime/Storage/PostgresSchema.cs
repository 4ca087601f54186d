using Npgsql;

namespace Grid.Runtime.Storage;

/// <summary>
/// Creates tables idempotently, under a transaction-scoped advisory lock so silos starting at once do not race:
/// CREATE TABLE IF NOT EXISTS alone can fail when two sessions run it together.
/// </summary>
internal static class PostgresSchema
{
    public static async Task EnsureAsync(NpgsqlDataSource dataSource, long lockId, string schema, CancellationToken cancellationToken)
    {
        var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                await using (var lockCommand = new NpgsqlCommand($"SELECT pg_advisory_xact_lock({lockId})", connection, transaction))
                {
                    await lockCommand.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                }

                await using (var create = new NpgsqlCommand(schema, connection, transaction))
                {
                    await create.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                }

                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            }
        }
    }
}
