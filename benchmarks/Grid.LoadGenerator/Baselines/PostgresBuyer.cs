using Grid.LoadGenerator.Scenarios;
using Npgsql;

namespace Grid.LoadGenerator.Baselines;

/// <summary>One baseline buyer: its own pooled connection and prepared statements.</summary>
internal sealed class PostgresBuyer : IAsyncDisposable
{
    private readonly NpgsqlConnection _connection;
    private readonly NpgsqlCommand _update;
    private readonly NpgsqlCommand _insert;

    private PostgresBuyer(NpgsqlConnection connection, int quantity)
    {
        _connection = connection;
        _update = new NpgsqlCommand(
            "UPDATE flash_stock SET reserved = reserved + $1 WHERE sku = 'flash' AND location = 'store-1' AND on_hand - reserved >= $1",
            connection);
        _update.Parameters.Add(new NpgsqlParameter<int> { TypedValue = quantity });
        _insert = new NpgsqlCommand(
            "INSERT INTO flash_reservation (id, sku, location, quantity, channel) VALUES ($1, 'flash', 'store-1', $2, 'web')",
            connection);
        _insert.Parameters.Add(new NpgsqlParameter<string> { TypedValue = string.Empty });
        _insert.Parameters.Add(new NpgsqlParameter<int> { TypedValue = quantity });
    }

    public static async Task<PostgresBuyer> OpenAsync(NpgsqlDataSource dataSource, int quantity)
    {
        var connection = await dataSource.OpenConnectionAsync().ConfigureAwait(false);
        var buyer = new PostgresBuyer(connection, quantity);
        await buyer._update.PrepareAsync().ConfigureAwait(false);
        await buyer._insert.PrepareAsync().ConfigureAwait(false);
        return buyer;
    }

    public async ValueTask<BuyerOutcome> ReserveAsync(string id)
    {
        await using var transaction = await _connection.BeginTransactionAsync().ConfigureAwait(false);
        _update.Transaction = transaction;
        if (await _update.ExecuteNonQueryAsync().ConfigureAwait(false) != 1)
        {
            await transaction.RollbackAsync().ConfigureAwait(false);
            return BuyerOutcome.SoldOut;
        }

        _insert.Transaction = transaction;
        ((NpgsqlParameter<string>)_insert.Parameters[0]).TypedValue = id;
        await _insert.ExecuteNonQueryAsync().ConfigureAwait(false);
        await transaction.CommitAsync().ConfigureAwait(false);
        return BuyerOutcome.Accepted;
    }

    public async ValueTask DisposeAsync()
    {
        await _update.DisposeAsync().ConfigureAwait(false);
        await _insert.DisposeAsync().ConfigureAwait(false);
        await _connection.DisposeAsync().ConfigureAwait(false);
    }
}
