using Simulator.App.Window;

namespace Simulator.Tests.Window;

public class TrainerSettingsTests
{
    [Fact]
    public void A_remembered_window_smaller_than_the_minimum_opens_at_the_minimum()
    {
        var file = Path.Combine(Directory.CreateTempSubdirectory("sim-settings-").FullName, "settings.json");
        File.WriteAllText(file, """{"window_width": 900, "window_height": 600, "text_scale": 1}""");
        var settings = TrainerSettings.Load(file);
        Assert.Equal((TrainerSettings.MinWidth, TrainerSettings.MinHeight), (settings.WindowWidth, settings.WindowHeight));
        Assert.Equal((1024, 640), (TrainerSettings.MinWidth, TrainerSettings.MinHeight));
        Directory.Delete(Path.GetDirectoryName(file)!, recursive: true);
    }
}
