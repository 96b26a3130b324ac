namespace Simulator.App.Cli;

/// <summary>A command line that parses but makes no sense (e.g. two options that exclude each other); exit 2.</summary>
public sealed class UsageException(string message) : Exception(message);
