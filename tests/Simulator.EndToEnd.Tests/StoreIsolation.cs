using System.Runtime.CompilerServices;

namespace Simulator.EndToEnd.Tests;

/// <summary>Sessions the tests run are recorded in a store of their own, never in the user's records.</summary>
internal static class StoreIsolation
{
    [ModuleInitializer]
    internal static void UseATemporaryStore() =>
        Environment.SetEnvironmentVariable(Records.StoreLocation.EnvironmentVariable,
            Path.Combine(Directory.CreateTempSubdirectory("sim-records-").FullName, "records.db"));
}
