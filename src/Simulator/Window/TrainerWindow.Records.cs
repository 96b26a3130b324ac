using Simulator.App.Sessions;

namespace Simulator.App.Window;

/// <summary>The trainee's record as the debrief shows it.</summary>
public sealed partial class TrainerWindow
{
    private StandingText _standing = StandingText.None;

    /// <summary>
    /// The trainee's last scores and proficiency on this scenario, this session included, shown in the debrief; set once when the
    /// session has been recorded (the launcher reads the store then, not per frame). None: nothing shown.
    /// </summary>
    public StandingText Standing
    {
        get => _standing;
        set
        {
            _standing = value;
            MarkDirty();
        }
    }
}
