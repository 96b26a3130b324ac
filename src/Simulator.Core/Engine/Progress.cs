namespace Simulator.Core.Engine;

/// <summary>How many of the required reference items are done.</summary>
/// <param name="Done">Required items performed (each step counted at most its expected number of times).</param>
/// <param name="Total">Required items in the expanded reference sequence.</param>
/// <remarks>Optional steps are left out so that skipping them never makes progress look incomplete.</remarks>
public sealed record Progress(int Done, int Total)
{
    /// <summary>Done as a fraction of Total (1 when there is nothing to do).</summary>
    public double Fraction => Total == 0 ? 1 : (double)Done / Total;
}
