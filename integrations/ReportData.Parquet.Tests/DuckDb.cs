using System.Collections.Generic;
using DuckDB.NET.Data;

namespace ReportData.Parquet.Tests;

/// <summary>SQL through an in-memory DuckDB: the independent reader the Parquet files are checked with.</summary>
internal static class DuckDb
{
    /// <summary>Every row of <paramref name="sql"/>'s result, each value as DuckDB.NET gives it, null for SQL NULL.</summary>
    public static List<object?[]> Rows(string sql)
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<object?[]>();
        while (reader.Read())
        {
            var row = new object?[reader.FieldCount];
            for (var column = 0; column < row.Length; column++)
            {
                row[column] = reader.IsDBNull(column) ? null : reader.GetValue(column);
            }

            rows.Add(row);
        }

        return rows;
    }

    /// <summary>Runs a statement, such as <c>copy (...) to 'file.parquet'</c>.</summary>
    public static void Execute(string sql)
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static DuckDBConnection Open()
    {
        var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        return connection;
    }
}
