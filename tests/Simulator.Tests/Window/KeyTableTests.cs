using Simulator.App.Window;
using Simulator.Rendering.Hosts;

namespace Simulator.Tests.Window;

public class KeyTableTests
{
    [Fact]
    public void No_key_does_two_things_in_one_place()
    {
        foreach (var scope in Enum.GetValues<KeyScope>())
        {
            var taken = KeyTable.All.Where(b => b.Scope == scope).SelectMany(b => b.Codes.Select(c => (c, b.Ctrl))).ToList();
            Assert.True(taken.Count == taken.Distinct().Count(), $"{scope}: a key is bound twice");
        }
    }

    [Fact]
    public void Every_row_says_what_it_does_and_the_list_has_the_keys_the_trainee_needs()
    {
        Assert.All(KeyTable.All, b => Assert.False(string.IsNullOrWhiteSpace(b.Keys) || string.IsNullOrWhiteSpace(b.What)));
        foreach (var key in new[] { Keys.F1, Keys.Enter, Keys.Space, Keys.Escape, 'C', 'R', 'G', 'H', 'P', Keys.D0 + 3 })
        {
            Assert.True(KeyTable.All.Any(b => b.Codes.Contains(key)), $"no row for key {key}");
        }

        Assert.NotNull(KeyTable.Find(KeyScope.Operating, new KeyPress(Keys.Left, Keys.ModControl)));
        Assert.Equal("Ctrl + arrows", KeyTable.Find(KeyScope.Operating, new KeyPress(Keys.Left, Keys.ModControl))!.Keys);
        Assert.Equal("arrows", KeyTable.Find(KeyScope.Operating, new KeyPress(Keys.Left, Keys.ModShift))!.Keys);
    }
}
