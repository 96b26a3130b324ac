namespace Simulator.App.Cli;

/// <summary>The CLI's exit codes: 0 ok, 1 bad input or an invalid file, 2 wrong usage.</summary>
public static class ExitCodes
{
    public const int Ok = 0;
    public const int BadInput = 1;
    public const int Usage = 2;
}
