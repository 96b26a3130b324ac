global using Simulator.Rendering;
global using Simulator.Rendering.Hosts;
global using Simulator.Rendering.Tests;
