using Simulator.App.Cli;

return CliApp.Run(args, CliContext.Console);
