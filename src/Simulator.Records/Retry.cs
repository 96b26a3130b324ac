using System.Data.Common;
using System.Diagnostics;
using System.Globalization;

namespace Simulator.Records;

/// <summary>How long a locked store is waited on, and how often it is tried again before the failure is reported.</summary>
public sealed record RecordStoreOptions
{
    /// <summary>The defaults: up to 5 s of waiting per try, 3 tries, half a second before the second and a second before the third.</summary>
    public static RecordStoreOptions Default { get; } = new();

    /// <summary>How long one try waits for another program's lock (SQLite's busy timeout; whole seconds for the driver's own retries).</summary>
    public TimeSpan LockWait { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>How many times an operation on a locked store is tried in all.</summary>
    public int Attempts { get; init; } = 3;

    /// <summary>The pause before the second try; it doubles before each try after that.</summary>
    public TimeSpan Backoff { get; init; } = TimeSpan.FromMilliseconds(500);
}

/// <summary>
/// Runs one operation on a store: tries again, with back-off, while another program holds the store's lock; then turns any failure
/// into a <see cref="RecordsException"/> of one line that names the store and never holds its password.
/// </summary>
internal sealed class Retry(string location, string shown, StoreDialect dialect, RecordStoreOptions options)
{
    public RecordStoreOptions Options { get; } = options;

    /// <summary>The store as it may be shown (password masked).</summary>
    public string Shown { get; } = shown;

    public void Run(Action operation) => Run(() =>
    {
        operation();
        return 0;
    });

    public T Run<T>(Func<T> operation)
    {
        var clock = Stopwatch.StartNew();
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return operation();
            }
            catch (Exception e) when (dialect.IsLocked(e) && attempt < Options.Attempts)
            {
                Thread.Sleep(Options.Backoff * Math.Pow(2, attempt - 1));
            }
            catch (Exception e) when (dialect.IsLocked(e))
            {
                throw new RecordsException(string.Create(CultureInfo.InvariantCulture,
                    $"records: {Shown}: the store is locked by another program (tried {attempt} times over {clock.Elapsed.TotalSeconds:0.#} s); close it or try again later"), e);
            }
            catch (Exception e) when (IsStoreFailure(e))
            {
                throw new RecordsException($"records: {Shown}: {StoreLocation.Scrub(location, Reason(e))}", e);
            }
        }
    }

    /// <summary>What can go wrong reaching a store: the database's own errors, the file system, the network, a malformed connection string.</summary>
    private static bool IsStoreFailure(Exception e) => e is DbException or IOException or UnauthorizedAccessException or TimeoutException
        or System.Net.Sockets.SocketException or InvalidOperationException or ArgumentException or NotSupportedException;

    /// <summary>The first line of the error and of the errors under it (a driver's "failed to connect" says why only in its inner error).</summary>
    private static string Reason(Exception e)
    {
        var text = FirstLine(e.Message);
        var depth = 0;
        for (var inner = e.InnerException; inner is not null && depth < 2; inner = inner.InnerException, depth++)
        {
            var more = FirstLine(inner.Message);
            if (more.Length > 0 && !text.Contains(more, StringComparison.Ordinal))
            {
                text += ": " + more.TrimEnd('.');
            }
        }

        return text;
    }

    private static string FirstLine(string message) => message.Split('\n', 2)[0].Trim().TrimEnd('.');
}
