namespace Grid.Runtime.Storage;

/// <summary>Which storage a silo's "Default" provider is, bound from <c>Grid:Storage</c>.</summary>
public sealed class StorageOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Grid:Storage";

    /// <summary>The embedded default.</summary>
    public const string Sqlite = "Sqlite";

    /// <summary>Production storage.</summary>
    public const string PostgreSql = "PostgreSql";

    /// <summary>In-process memory: nothing survives a restart. For tests and demos.</summary>
    public const string Memory = "Memory";

    /// <summary>Default folder for embedded data, relative to the content root.</summary>
    public const string DefaultDataDirectory = "data";

    /// <summary>Sqlite (default), PostgreSql or Memory.</summary>
    public string Provider { get; set; } = Sqlite;

    /// <summary>Folder for the SQLite file, relative to the content root unless absolute.</summary>
    public string DataDirectory { get; set; } = DefaultDataDirectory;

    /// <summary>The SQLite file name inside <see cref="DataDirectory"/>.</summary>
    public string SqliteFileName { get; set; } = "grid.db";

    /// <summary>The Npgsql connection string, required for PostgreSql.</summary>
    public string? PostgreSqlConnectionString { get; set; }

    /// <summary>Lists what is wrong with the settings; empty when they are valid.</summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        if (!string.Equals(Provider, Sqlite, StringComparison.OrdinalIgnoreCase)
            && !string.Equals(Provider, PostgreSql, StringComparison.OrdinalIgnoreCase)
            && !string.Equals(Provider, Memory, StringComparison.OrdinalIgnoreCase))
        {
            errors.Add($"Grid:Storage:Provider is '{Provider}'; use {Sqlite}, {PostgreSql} or {Memory}.");
        }

        if (string.Equals(Provider, PostgreSql, StringComparison.OrdinalIgnoreCase) && string.IsNullOrWhiteSpace(PostgreSqlConnectionString))
        {
            errors.Add("Grid:Storage:PostgreSqlConnectionString is required when the provider is PostgreSql.");
        }

        if (string.IsNullOrWhiteSpace(DataDirectory) || string.IsNullOrWhiteSpace(SqliteFileName))
        {
            errors.Add("Grid:Storage:DataDirectory and Grid:Storage:SqliteFileName must not be empty.");
        }

        return errors;
    }

    /// <summary>Creates the configured provider.</summary>
    public IGrainStorage CreateStorage(string contentRoot, TimeProvider timeProvider)
    {
        if (string.Equals(Provider, PostgreSql, StringComparison.OrdinalIgnoreCase))
        {
            return new PostgresGrainStorage(PostgreSqlConnectionString!);
        }

        if (string.Equals(Provider, Memory, StringComparison.OrdinalIgnoreCase))
        {
            return new MemoryGrainStorage();
        }

        return new SqliteGrainStorage(Path.Combine(contentRoot, DataDirectory, SqliteFileName), timeProvider);
    }
}
