using Simulator.App.Sessions;

namespace Simulator.App.Cli;

/// <summary>What <c>simulator</c> with no verb was given: <c>--scenario</c> skips the start screen, <c>--mode</c> and <c>--trainee</c> fill it in.</summary>
/// <param name="Scenario">A scenario file or id, or null to choose on the start screen.</param>
/// <param name="Mode"><c>guided</c>, <c>assessment</c>, or null for the mode used last time.</param>
/// <param name="Trainee">The trainee's name, or null for the one used last time.</param>
/// <param name="Results">The folder for the session's files.</param>
/// <param name="Store">The records store (<c>--store</c>), or null for <c>SIMULATOR_STORE</c> or the default file.</param>
public sealed record LaunchOptions(string? Scenario = null, string? Mode = null, string? Trainee = null, string Results = ResultsFolder.DefaultDirectory,
    string? Store = null);
