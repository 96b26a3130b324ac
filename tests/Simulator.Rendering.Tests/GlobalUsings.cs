global using Simulator.Rendering.Hosts;
