using Graywatch.Cli.Infrastructure;

return await GraywatchApp.RunAsync(args);
