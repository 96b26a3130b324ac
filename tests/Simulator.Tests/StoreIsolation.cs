using System.Runtime.CompilerServices;

namespace Simulator.Tests;

/// <summary>
/// The tests never touch the user's own files: sessions they run are recorded in a store of their own, and the settings the
/// trainer saves (last scenario, window size, recent files) go to a temporary config folder. Set before any test runs, so the
/// app in this process and every process a test starts inherit it. Linked into Simulator.EndToEnd.Tests too.
/// </summary>
internal static class StoreIsolation
{
    [ModuleInitializer]
    internal static void UseATemporaryStoreAndSettings()
    {
        Environment.SetEnvironmentVariable(Records.StoreLocation.EnvironmentVariable,
            Path.Combine(Directory.CreateTempSubdirectory("sim-records-").FullName, "records.db"));
        Environment.SetEnvironmentVariable("XDG_CONFIG_HOME", Directory.CreateTempSubdirectory("sim-config-").FullName);
    }
}
