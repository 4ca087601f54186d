using Grid.LoadGenerator.Scenarios;
using Microsoft.Data.Sqlite;

namespace Grid.LoadGenerator.Baselines;

/// <summary>One SQLite baseline buyer: its own connection with synchronous=FULL and prepared statements.</summary>
internal sealed class SqliteBuyer : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly SqliteCommand _begin;
    private readonly SqliteCommand _update;
    private readonly SqliteCommand _insert;
    private readonly SqliteCommand _commit;
    private readonly SqliteCommand _rollback;

    public SqliteBuyer(string connectionString, int quantity)
    {
        _connection = new SqliteConnection(connectionString);
        _connection.Open();
        using (var pragma = _connection.CreateCommand())
        {
            pragma.CommandText = "PRAGMA synchronous=FULL;";
            pragma.ExecuteNonQuery();
        }

        _begin = Prepare("BEGIN IMMEDIATE");
        _update = Prepare("UPDATE flash_stock SET reserved = reserved + $n WHERE sku = 'flash' AND location = 'store-1' AND on_hand - reserved >= $n", ("$n", quantity));
        _insert = Prepare("INSERT INTO flash_reservation VALUES ($id, 'flash', 'store-1', $n, 'web')", ("$id", string.Empty), ("$n", quantity));
        _commit = Prepare("COMMIT");
        _rollback = Prepare("ROLLBACK");
    }

    public BuyerOutcome Reserve(string id)
    {
        _begin.ExecuteNonQuery();
        if (_update.ExecuteNonQuery() != 1)
        {
            _rollback.ExecuteNonQuery();
            return BuyerOutcome.SoldOut;
        }

        _insert.Parameters["$id"].Value = id;
        _insert.ExecuteNonQuery();
        _commit.ExecuteNonQuery();
        return BuyerOutcome.Accepted;
    }

    public void Dispose()
    {
        foreach (var command in new[] { _begin, _update, _insert, _commit, _rollback })
        {
            command.Dispose();
        }

        _connection.Dispose();
    }

    private SqliteCommand Prepare(string sql, params (string Name, object Value)[] parameters)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        command.Prepare();
        return command;
    }
}
