namespace Simulator.Rendering.Hosts;

/// <summary>GLFW key codes used by the trainer.</summary>
public static class Keys
{
    public const int Space = 32;
    public const int D0 = 48;
    public const int D1 = 49;
    public const int D9 = 57;
    public const int A = 65;
    public const int Escape = 256;
    public const int Enter = 257;
    public const int Tab = 258;
    public const int Backspace = 259;
    public const int Right = 262;
    public const int Left = 263;
    public const int Down = 264;
    public const int Up = 265;
    public const int PageUp = 266;
    public const int PageDown = 267;
    public const int Home = 268;
    public const int End = 269;
    public const int Delete = 261;
    public const int F1 = 290;
    public const int F2 = 291;
    public const int F5 = 294;
    public const int F12 = 301;
    public const int KeypadAdd = 334;
    public const int KeypadSubtract = 333;
    public const int Minus = 45;
    public const int Equal = 61;

    public const int ModShift = 0x1;
    public const int ModControl = 0x2;

    public static int Letter(char c) => char.ToUpperInvariant(c);
}
